package pyt.parser;

import static pyt.parser.TokenKind.*;

import java.util.ArrayList;
import java.util.List;

import pyt.parser.ast.Arguments;
import pyt.parser.ast.ExceptHandler;
import pyt.parser.ast.Expr;
import pyt.parser.ast.Keyword;
import pyt.parser.ast.MatchCase;
import pyt.parser.ast.Module;
import pyt.parser.ast.Pattern;
import pyt.parser.ast.Stmt;
import pyt.parser.ast.WithItem;

/** Compound statements, blocks, and the entry points for each compile mode. */
final class StatementParser extends SimpleStatementParser {

    StatementParser(SyntaxErrors errors, Tokenizer tokenizer) {
        super(errors, tokenizer);
    }

    // -- entry points --

    Module file() {
        List<Stmt> body = new ArrayList<>();
        while (!at(ENDMARKER)) {
            int m = mark();
            try {
                statement(body);
            } catch (PythonSyntaxError e) {
                throw secondPass(m, e, () -> statement(new ArrayList<>()));
            }
        }
        return new Module(body);
    }

    Expr eval() {
        try {
            return evalInput();
        } catch (PythonSyntaxError e) {
            throw secondPass(0, e, this::evalInput);
        }
    }

    private Expr evalInput() {
        if (at(ENDMARKER) && errors.source.isBlank()) {
            throw errors.errorAtLine(PythonSyntaxError.Kind.SyntaxError, SyntaxErrors.INVALID_SYNTAX, 0, 0);
        }
        Expr e = expressions();
        while (accept(NEWLINE)) {
            // trailing newlines are allowed
        }
        if (!at(ENDMARKER)) {
            throw unexpectedAfterExpression(e);
        }
        return e;
    }

    Module interactive() {
        try {
            return interactiveInput();
        } catch (PythonSyntaxError e) {
            throw secondPass(0, e, this::interactiveInput);
        }
    }

    /** statement_newline: one compound statement and NEWLINE, one line of simple statements, or NEWLINE. */
    private Module interactiveInput() {
        List<Stmt> body = new ArrayList<>();
        Token t = peek();
        if (t.kind() == ENDMARKER) {
            // CPython reports this at column 0 of the last line read (line 0 for empty input)
            int line = errors.source.isEmpty() ? 0 : errors.lineOf(t.start());
            throw errors.errorAtLine(PythonSyntaxError.Kind.SyntaxError, SyntaxErrors.INVALID_SYNTAX, line, 0);
        }
        if (t.kind() == NEWLINE) {
            advance();
            body.add(new Stmt.Pass(t.start(), t.end()));
            return new Module(body);
        }
        boolean compound = switch (t.kind()) {
            case IF, WHILE, FOR, TRY, WITH, DEF, CLASS, AT, ASYNC -> true;
            default -> false;
        };
        statement(body);
        if (compound || body.get(0) instanceof Stmt.Match) {
            expect(NEWLINE);
        }
        if (!restIsBlank(tokenizer.pos())) {
            throw syntaxError("multiple statements found while compiling a single statement", lastFetched());
        }
        return new Module(body);
    }

    /** CPython's bad_single_statement: only whitespace and comments may follow the statement. */
    private boolean restIsBlank(int from) {
        String s = errors.source;
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '#') {
                while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\014') {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** An f-string replacement field, tokenized as "(" text ")". */
    Expr fstringExpression() {
        try {
            return fstringInput();
        } catch (PythonSyntaxError e) {
            throw secondPass(0, e, this::fstringInput);
        }
    }

    private Expr fstringInput() {
        Expr e = starExpressions();
        if (!at(NEWLINE)) {
            throw unexpectedAfterExpression(e);
        }
        return e;
    }

    /**
     * Re-parses from token {@code m} with CPython's invalid_ rules on; returns the error to
     * report: a specific one found now, or else the first pass's.
     */
    private RuntimeException secondPass(int m, PythonSyntaxError first, Runnable rule) {
        reset(m);
        startSecondPass();
        try {
            rule.run();
        } catch (PythonSyntaxError second) {
            if (!isGeneric(second)) {
                return new Fatal(second);
            }
        } finally {
            secondPass = false;
        }
        return first;
    }

    // -- statements and blocks --

    void statement(List<Stmt> out) {
        Token t = peek();
        switch (t.kind()) {
            case IF -> out.add(ifStmt(advance(), "'if' statement"));
            case WHILE -> out.add(whileStmt());
            case FOR -> out.add(forStmt(null));
            case TRY -> out.add(tryStmt());
            case WITH -> out.add(withStmt(null));
            case DEF -> out.add(funcDef(null, List.of()));
            case CLASS -> out.add(classDef(List.of()));
            case AT -> out.add(decorated());
            case ASYNC -> out.add(asyncStmt(List.of()));
            case INDENT, DEDENT -> throw invalidSyntax();
            case NAME -> {
                if (t.text().equals("match")) {
                    Stmt m = matchStmt();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                }
                simpleStmts(out);
            }
            default -> simpleStmts(out);
        }
    }

    /**
     * A compound statement ends with the last token of its last statement, not counting
     * NEWLINE, INDENT and DEDENT (CPython's _PyPegen_get_last_nonnwhitespace_token).
     */
    private int blockEnd() {
        int i = mark() - 1;
        while (i > 0 && (tokenAt(i).kind() == NEWLINE || tokenAt(i).kind() == INDENT || tokenAt(i).kind() == DEDENT)) {
            i--;
        }
        return tokenAt(i).end();
    }

    /** A block after ':'; {@code what} and {@code header} name the statement for indentation errors. */
    private List<Stmt> block(String what, Token header) {
        List<Stmt> body = new ArrayList<>();
        if (at(NEWLINE)) {
            advance();
            if (!at(INDENT)) {
                throw indentationError("expected an indented block after " + what + " on line " + header.line(), peek());
            }
            advance();
            while (!at(DEDENT)) {
                statement(body);
            }
            advance();
        } else {
            if (!startsSimpleStmt(kind())) {
                throw invalidSyntax();
            }
            simpleStmts(body);
        }
        return body;
    }

    private static boolean startsSimpleStmt(TokenKind k) {
        return startsExpression(k) || switch (k) {
            case PASS, BREAK, CONTINUE, RETURN, RAISE, GLOBAL, NONLOCAL, DEL, ASSERT, IMPORT, FROM, YIELD -> true;
            default -> false;
        };
    }

    /** The ':' ending a compound statement header ("expected ':'" when the line ends instead). */
    private void headerColon() {
        if (at(COLON)) {
            advance();
            return;
        }
        if (at(NEWLINE)) {
            throw syntaxError("expected ':'", peek());
        }
        throw invalidSyntax();
    }

    private Stmt ifStmt(Token kw, String what) {
        Expr test = namedExpression();
        headerColon();
        List<Stmt> body = block(what, kw);
        List<Stmt> orelse = List.of();
        if (at(ELIF)) {
            Token elif = advance();
            orelse = List.of(ifStmt(elif, "'elif' statement"));
        } else if (at(ELSE)) {
            orelse = elseBlock();
        }
        return new Stmt.If(test, body, orelse, kw.start(), blockEnd());
    }

    private List<Stmt> elseBlock() {
        Token kw = advance();
        expectForced(COLON);
        return block("'else' statement", kw);
    }

    private Stmt whileStmt() {
        Token kw = advance();
        Expr test = namedExpression();
        headerColon();
        List<Stmt> body = block("'while' statement", kw);
        List<Stmt> orelse = at(ELSE) ? elseBlock() : List.of();
        return new Stmt.While(test, body, orelse, kw.start(), blockEnd());
    }

    private Stmt forStmt(Token async) {
        Token kw = advance();
        Expr target = forTargets();
        if (!at(IN)) {
            throw forTargetError(target);
        }
        advance();
        Expr iter = starExpressions();
        headerColon();
        List<Stmt> body = block("'for' statement", kw);
        List<Stmt> orelse = at(ELSE) ? elseBlock() : List.of();
        return new Stmt.For(target, iter, body, orelse, async != null, (async != null ? async : kw).start(), blockEnd());
    }

    private Stmt withStmt(Token async) {
        Token kw = advance();
        List<WithItem> items = null;
        if (at(LPAR)) {
            items = parenthesizedWithItems();
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(COMMA));
        }
        headerColon();
        List<Stmt> body = block("'with' statement", kw);
        return new Stmt.With(items, body, async != null, (async != null ? async : kw).start(), blockEnd());
    }

    /** {@code with (a as b, c as d):}, or null (position unchanged) when the '(' is an expression's. */
    private List<WithItem> parenthesizedWithItems() {
        int m = mark();
        try {
            advance();
            List<WithItem> items = new ArrayList<>();
            do {
                if (at(RPAR)) {
                    break;
                }
                items.add(withItem());
            } while (accept(COMMA));
            if (accept(RPAR) && (at(COLON) || at(NEWLINE))) {
                return items;
            }
        } catch (PythonSyntaxError e) {
            // not the parenthesized form; reparse as an expression
        }
        reset(m);
        return null;
    }

    private WithItem withItem() {
        Expr e = expression();
        if (!accept(AS)) {
            return new WithItem(e, null);
        }
        Expr target = at(STAR) ? starExpression() : expression();
        if (!(at(COMMA) || at(RPAR) || at(COLON) || at(NEWLINE))) {
            throw invalidSyntax();
        }
        Expr bad = Targets.invalidTarget(target, Targets.STAR);
        if (bad != null) {
            throw syntaxError("cannot assign to " + exprName(bad), bad);
        }
        return new WithItem(e, target);
    }

    private Stmt tryStmt() {
        Token kw = advance();
        expectForced(COLON);
        List<Stmt> body = block("'try' statement", kw);
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (at(EXCEPT)) {
            Token ex = advance();
            boolean isStar = at(STAR);
            if (isStar) {
                Token st = advance();
                if (at(COLON) || at(NEWLINE)) {
                    throw syntaxError("expected one or more exception types", peek());
                }
            }
            if (star != null && star != isStar) {
                throw syntaxError("cannot have both 'except' and 'except*' on the same 'try'", ex);
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!at(COLON)) {
                if (at(NEWLINE)) {
                    throw syntaxError("expected ':'", peek());
                }
                type = expression();
                if (at(COMMA)) {
                    int m = mark();
                    advance();
                    expressions();
                    if (accept(AS)) {
                        expect(NAME);
                    }
                    if (at(COLON)) {
                        throw syntaxError("multiple exception types must be parenthesized", type);
                    }
                    reset(m);
                }
                if (accept(AS)) {
                    name = expect(NAME).text();
                }
                if (at(NEWLINE)) {
                    throw syntaxError("expected ':'", peek());
                }
            }
            expect(COLON);
            List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", ex);
            handlers.add(new ExceptHandler(type, name, hbody, ex.start(), blockEnd()));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && at(ELSE)) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (at(FINALLY)) {
            Token fin = advance();
            expectForced(COLON);
            finalbody = block("'finally' statement", fin);
        } else if (handlers.isEmpty()) {
            throw syntaxError("expected 'except' or 'finally' block", peek());
        }
        return new Stmt.Try(body, handlers, orelse, finalbody, star != null && star, kw.start(), blockEnd());
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (at(AT)) {
            advance();
            decorators.add(namedExpression());
            if (!at(NEWLINE)) {
                throw invalidSyntax();
            }
            advance();
        }
        return switch (kind()) {
            case DEF -> funcDef(null, decorators);
            case CLASS -> classDef(decorators);
            case ASYNC -> {
                if (peek(1).kind() != DEF) {
                    advance();
                    throw invalidSyntax();
                }
                yield asyncStmt(decorators);
            }
            default -> throw invalidSyntax();
        };
    }

    private Stmt asyncStmt(List<Expr> decorators) {
        Token async = advance();
        return switch (kind()) {
            case DEF -> funcDef(async, decorators);
            case WITH -> withStmt(async);
            case FOR -> forStmt(async);
            default -> throw invalidSyntax();
        };
    }

    private Stmt funcDef(Token async, List<Expr> decorators) {
        Token kw = advance();
        Token name = expect(NAME);
        expectForced(LPAR);
        Arguments args = at(RPAR) ? NO_ARGUMENTS : parameters(true, RPAR);
        expect(RPAR);
        Expr returns = null;
        if (accept(ARROW)) {
            returns = expression();
        }
        expectForced(COLON);
        List<Stmt> body = block("function definition", kw);
        return new Stmt.FunctionDef(name.text(), args, body, decorators, returns, async != null,
                        (async != null ? async : kw).start(), blockEnd());
    }

    private Stmt classDef(List<Expr> decorators) {
        Token kw = advance();
        Token name = expect(NAME);
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (at(LPAR)) {
            Expr.Call c = (Expr.Call) callArguments(new Expr.Name(name.text(), name.start(), name.end()), false, name.start());
            bases = c.args();
            keywords = c.keywords();
        }
        headerColon();
        List<Stmt> body = block("class definition", kw);
        return new Stmt.ClassDef(name.text(), bases, keywords, body, decorators, kw.start(), blockEnd());
    }

    /**
     * {@code match} is a soft keyword: this is a match statement only if a subject and ':' follow.
     * Returns null (position unchanged) when the line is an ordinary statement using the name.
     */
    private Stmt matchStmt() {
        int m = mark();
        Token kw = advance();
        Expr subject;
        try {
            if (!startsExpression(kind())) {
                reset(m);
                return null;
            }
            subject = subjectExpr();
        } catch (PythonSyntaxError e) {
            reset(m);
            return null;
        }
        if (at(NEWLINE)) {
            // "match x" alone: an error unless the line parses as an ordinary statement
            reset(m);
            try {
                List<Stmt> probe = new ArrayList<>();
                simpleStmts(probe);
            } catch (PythonSyntaxError e) {
                reset(m);
                advance();
                subjectExpr();
                throw syntaxError("expected ':'", peek());
            }
            reset(m);
            return null;
        }
        if (!at(COLON)) {
            reset(m);
            return null;
        }
        advance();
        if (!at(NEWLINE)) {
            throw invalidSyntax();
        }
        advance();
        if (!at(INDENT)) {
            throw indentationError("expected an indented block after 'match' statement on line " + kw.line(), peek());
        }
        advance();
        List<MatchCase> cases = new ArrayList<>();
        while (!at(DEDENT)) {
            if (!atName("case")) {
                throw invalidSyntax();
            }
            Token caseKw = advance();
            Pattern pattern = patterns();
            Expr guard = accept(IF) ? namedExpression() : null;
            headerColon();
            List<Stmt> body = block("'case' statement", caseKw);
            cases.add(new MatchCase(pattern, guard, body));
        }
        advance();
        return new Stmt.Match(subject, cases, kw.start(), blockEnd());
    }

    /** subject_expr: {@code star_named_expression ',' star_named_expressions?} or a named_expression. */
    private Expr subjectExpr() {
        int start = peek().start();
        Expr first = starNamedExpression();
        if (!at(COMMA)) {
            if (first instanceof Expr.Starred) {
                throw invalidSyntax();
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (!startsExpression(kind())) {
                break;
            }
            elts.add(starNamedExpression());
        }
        return new Expr.Tuple(elts, start, prevEnd());
    }
}
