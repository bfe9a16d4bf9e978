package pyt.parser;

import java.util.Arrays;
import java.util.function.Supplier;

import pyt.parser.PythonSyntaxError.Kind;
import pyt.parser.ast.Expr;
import pyt.parser.ast.Node;

/**
 * The token buffer under the recursive-descent parser: tokens are pulled from the tokenizer on
 * demand and kept, so a rule can look ahead or {@link #mark()}/{@link #reset(int)} (bounded
 * backtracking, as CPython's PEG parser does, but only where the grammar needs it).
 * <p>
 * The parser classes form one chain ({@code ParserBase <- ExpressionParser <- ... <-
 * StatementParser}) only to keep each file to one part of the grammar.
 */
abstract class ParserBase {
    final SyntaxErrors errors;
    final Tokenizer tokenizer;
    private Token[] tokens = new Token[256];
    private int fill;
    int pos;
    /** Nesting depth of rules, to fail like CPython on absurdly deep input instead of overflowing. */
    int depth;
    static final int MAX_DEPTH = 3000;

    ParserBase(SyntaxErrors errors, Tokenizer tokenizer) {
        this.errors = errors;
        this.tokenizer = tokenizer;
    }

    private void fetch() {
        if (fill == tokens.length) {
            tokens = Arrays.copyOf(tokens, fill * 2);
        }
        tokens[fill++] = tokenizer.next();
    }

    final Token peek() {
        if (pos == fill) {
            fetch();
        }
        return tokens[pos];
    }

    final Token peek(int k) {
        while (pos + k >= fill) {
            if (fill > 0 && tokens[fill - 1].kind() == TokenKind.ENDMARKER) {
                return tokens[fill - 1];
            }
            fetch();
        }
        return tokens[pos + k];
    }

    final TokenKind kind() {
        return peek().kind();
    }

    final boolean at(TokenKind k) {
        return peek().kind() == k;
    }

    final boolean atName(String softKeyword) {
        Token t = peek();
        return t.kind() == TokenKind.NAME && t.text().equals(softKeyword);
    }

    final Token advance() {
        Token t = peek();
        pos++;
        return t;
    }

    final boolean accept(TokenKind k) {
        if (peek().kind() == k) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes a token of kind k or fails with "invalid syntax" at the current token. */
    final Token expect(TokenKind k) {
        Token t = peek();
        if (t.kind() != k) {
            throw invalidSyntax();
        }
        pos++;
        return t;
    }

    /** CPython's forced tokens ({@code &&':'}): "expected ':'" at the offending token. */
    final Token expectForced(TokenKind k) {
        Token t = peek();
        if (t.kind() != k) {
            throw syntaxError("expected '" + k.text + "'", t);
        }
        pos++;
        return t;
    }

    /**
     * PEG semantics for the second pass's probes: an optional continuation (an operator and its
     * operand, a call's parentheses, ...) that fails to parse is given up instead of failing
     * the whole expression, so a probe sees the longest prefix that parses, as CPython does.
     */
    boolean lenient;

    /** Parses a continuation starting at {@code before}; in lenient mode null (and reset) if it fails. */
    final <T> T continuation(int before, Supplier<T> rule) {
        if (!lenient) {
            return rule.get();
        }
        try {
            return rule.get();
        } catch (PythonSyntaxError e) {
            reset(before);
            return null;
        }
    }

    final int mark() {
        return pos;
    }

    final void reset(int m) {
        pos = m;
    }

    final Token previous() {
        return tokens[pos - 1];
    }

    /** End offset of the last consumed token: the end of the node being built. */
    final int prevEnd() {
        return tokens[pos - 1].end();
    }

    /** The furthest token fetched so far; CPython reports location-less errors there. */
    final Token lastFetched() {
        if (fill == 0) {
            fetch();
        }
        return tokens[fill - 1];
    }

    final Token tokenAt(int index) {
        return tokens[index];
    }

    final void enter() {
        if (++depth > MAX_DEPTH) {
            throw errors.error("too many nested parentheses", peek().start(), peek().end());
        }
    }

    final void leave() {
        depth--;
    }

    // -- errors --

    final PythonSyntaxError syntaxError(String message, Token t) {
        return errors.error(message, t.start(), t.end());
    }

    final PythonSyntaxError syntaxError(String message, Node n) {
        return errors.error(message, n.start(), n.end());
    }

    final PythonSyntaxError syntaxError(String message, int start, int end) {
        return errors.error(message, start, end);
    }

    final PythonSyntaxError indentationError(String message, Token t) {
        return errors.error(Kind.IndentationError, message, t.start(), t.end());
    }

    /** The generic error at the current token (with CPython's special cases for INDENT/DEDENT). */
    final PythonSyntaxError invalidSyntax() {
        Token t = peek();
        if (t.kind() == TokenKind.INDENT) {
            // CPython points at the last character of the indentation
            return errors.error(Kind.IndentationError, SyntaxErrors.UNEXPECTED_INDENT, t.end() - 1, t.end() - 1);
        }
        if (t.kind() == TokenKind.DEDENT) {
            return errors.error(Kind.IndentationError, "unexpected unindent", t.start(), t.end());
        }
        // CPython reports a generic error at the furthest token its first pass read
        Token last = lastFetched();
        Token at = last.start() > t.start() ? last : t;
        PythonSyntaxError e = syntaxError(SyntaxErrors.INVALID_SYNTAX, at);
        if (tokenizer.isSingleInputEnd(at)) {
            return new PythonSyntaxError(e.kind(), e.getMessage(), e.filename(), e.line(), 0, e.endLine(), 0, e.lineText());
        }
        return e;
    }

    /** Python's ast names for error messages ({@code _PyPegen_get_expr_name}). */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.ListExpr l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> constantName(c.value());
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }

    private static String constantName(Object v) {
        if (v == Expr.Singleton.NONE) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v == Expr.Singleton.ELLIPSIS) {
            return "ellipsis";
        }
        return "literal";
    }
}
