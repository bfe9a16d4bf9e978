package pyt.parser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

import pyt.parser.ast.Expr;
import pyt.parser.ast.Module;
import pyt.parser.ast.Stmt;

/** The parser's API and the shape of its trees; CPython parity at scale is in the other tests. */
class ParserTest {

    private static Expr expr(String src) {
        return Parser.parseExpression(src, "<test>");
    }

    private static Object constant(String src) {
        return ((Expr.Constant) expr(src)).value();
    }

    private static PythonSyntaxError error(String src) {
        return assertThrows(PythonSyntaxError.class, () -> Parser.parseModule(src, "t.py"));
    }

    @Test
    void modulesHoldStatementsWithSourceOffsets() {
        String src = "x = 1\nif x:\n    print(x)\n";
        Module m = Parser.parseModule(src, "t.py");
        assertEquals(2, m.body().size());
        Stmt.Assign a = assertInstanceOf(Stmt.Assign.class, m.body().get(0));
        assertEquals("x = 1", src.substring(a.start(), a.end()));
        Stmt.If i = assertInstanceOf(Stmt.If.class, m.body().get(1));
        Stmt.ExprStmt call = (Stmt.ExprStmt) i.body().get(0);
        assertEquals("print(x)", src.substring(call.start(), call.end()));
    }

    @Test
    void evalModeSkipsLeadingWhitespaceLikeEval() {
        Expr e = expr("  \t1 + 2\n");
        assertInstanceOf(Expr.BinOp.class, e);
        assertEquals(3, e.start());
        assertEquals("invalid syntax", assertThrows(PythonSyntaxError.class, () -> expr("x = 1")).getMessage());
    }

    @Test
    void singleModeTakesOneStatement() {
        assertEquals(1, Parser.parseInteractive("for i in x:\n    pass\n", "<stdin>").body().size());
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> Parser.parseInteractive("x = 1\ny = 2\n", "<stdin>"));
        assertEquals("multiple statements found while compiling a single statement", e.getMessage());
    }

    @Test
    void numberLiterals() {
        assertEquals(255L, constant("0xff"));
        assertEquals(8L, constant("0o10"));
        assertEquals(5L, constant("0b101"));
        assertEquals(1_000_000L, constant("1_000_000"));
        assertEquals(new BigInteger("123456789012345678901234567890"), constant("123456789012345678901234567890"));
        assertEquals(Long.MAX_VALUE, constant("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), constant("9223372036854775808"));
        assertEquals(1.5e10, constant("1.5e10"));
        assertEquals(0.5, constant(".5"));
        assertEquals(new Expr.Imaginary(2.0), constant("2j"));
        assertEquals("invalid decimal literal", error("x = 1_").getMessage());
        assertEquals("invalid digit '8' in octal literal", error("0o8").getMessage());
    }

    @Test
    void stringLiteralsAndConcatenation() {
        assertEquals("a\nb\u00e9\u20ac\t\\q", constant("'a\\nb\\xe9\\u20ac\\t\\q'"));
        assertEquals("\u00e9", constant("'\\N{LATIN SMALL LETTER E WITH ACUTE}'"));
        assertEquals("😀", constant("'\\U0001F600'"));
        assertEquals("raw\\n", constant("r'raw\\n'"));
        assertEquals("abc", constant("'a' \"b\" '''c'''"));
        assertArrayEquals(new byte[] {0, 'a', (byte) 0xff}, (byte[]) constant("b'\\x00' B'a' rb'' b'\\377'"));
        assertEquals("cannot mix bytes and nonbytes literals", error("x = b'a' 'b'").getMessage());
        assertEquals("line1\nline2", constant("'''line1\r\nline2'''"));
    }

    @Test
    void fStringsBecomeJoinedStrs() {
        Expr.JoinedStr j = (Expr.JoinedStr) expr("f'a{x!r:>{w}} {y=}{{}}'");
        assertEquals(5, j.values().size());
        assertEquals("a", ((Expr.Constant) j.values().get(0)).value());
        Expr.FormattedValue x = (Expr.FormattedValue) j.values().get(1);
        assertEquals('r', x.conversion());
        Expr.JoinedStr spec = (Expr.JoinedStr) x.formatSpec();
        assertEquals(">", ((Expr.Constant) spec.values().get(0)).value());
        assertEquals(" y=", ((Expr.Constant) j.values().get(2)).value());
        assertEquals('r', ((Expr.FormattedValue) j.values().get(3)).conversion());
        assertEquals("{}", ((Expr.Constant) j.values().get(4)).value());
        String src = "f'{  value + 1}'";
        Expr.BinOp inner = (Expr.BinOp) ((Expr.FormattedValue) ((Expr.JoinedStr) expr(src)).values().get(0)).value();
        assertEquals("value + 1", src.substring(inner.start(), inner.end()));
        assertEquals("f-string: empty expression not allowed", error("f'{}'").getMessage());
    }

    @Test
    void softKeywordsStayUsableAsNames() {
        Module m = Parser.parseModule("match = case = _ = 1\nmatch(x)\nmatch x:\n    case [a, *_]: pass\n    case _: pass\n", "t");
        assertInstanceOf(Stmt.Assign.class, m.body().get(0));
        assertInstanceOf(Stmt.ExprStmt.class, m.body().get(1));
        Stmt.Match match = assertInstanceOf(Stmt.Match.class, m.body().get(2));
        assertEquals(2, match.cases().size());
    }

    @Test
    void identifiersAreNfkcNormalized() {
        assertEquals("H", ((Expr.Name) expr("\u210c")).id());
        assertEquals("invalid character '€' (U+20AC)", error("a€ = 1").getMessage());
    }

    @Test
    void errorsCarryCPythonsKindLineAndText() {
        PythonSyntaxError tab = error("if x:\n\tpass\n        pass\n");
        assertEquals(PythonSyntaxError.Kind.TabError, tab.kind());
        assertEquals(3, tab.line());
        PythonSyntaxError indent = error("if x:\npass\n");
        assertEquals(PythonSyntaxError.Kind.IndentationError, indent.kind());
        assertEquals("expected an indented block after 'if' statement on line 1", indent.getMessage());
        PythonSyntaxError colon = error("x = 1\nwhile x\n    pass\n");
        assertEquals("expected ':'", colon.getMessage());
        assertEquals(2, colon.line());
        assertEquals("while x", colon.lineText());
        assertEquals("t.py", colon.filename());
        assertEquals("'(' was never closed", error("f(1,\n").getMessage());
        assertEquals("'return' outside function", error("return 1").getMessage());
    }

    @Test
    void crlfSourcesParseLikeLf() {
        assertEquals(AstDump.dump(Parser.parseModule("def f():\n    return 1\n", "t")),
                        AstDump.dump(Parser.parseModule("def f():\r\n    return 1\r\n", "t")));
    }

    @Test
    void parametersKeepCPythonsGrouping() {
        Stmt.FunctionDef f = (Stmt.FunctionDef) Parser.parseModule("def f(a, b=1, /, c=2, *d, e, g=3, **h): pass", "t").body().get(0);
        assertEquals(List.of("a", "b"), f.args().posonlyargs().stream().map(a -> a.name()).toList());
        assertEquals("c", f.args().args().get(0).name());
        assertEquals("d", f.args().vararg().name());
        assertEquals(2, f.args().defaults().size());
        assertEquals(2, f.args().kwonlyargs().size());
        assertEquals(null, f.args().kwDefaults().get(0));
        assertEquals("h", f.args().kwarg().name());
        assertTrue(error("def f(a=1, b): pass").getMessage().startsWith("non-default argument"));
    }
}
