package pyt.parser;

import static pyt.parser.TokenKind.*;

import java.util.ArrayList;
import java.util.List;

import pyt.parser.ast.Alias;
import pyt.parser.ast.Expr;
import pyt.parser.ast.Stmt;

/**
 * Simple statements (one logical line, {@code ;}-separated): assignments in all forms,
 * expression statements, imports, and the keyword statements.
 */
abstract class SimpleStatementParser extends PatternParser {

    SimpleStatementParser(SyntaxErrors errors, Tokenizer tokenizer) {
        super(errors, tokenizer);
    }

    /** simple_stmts: statements separated by ';' up to and including the NEWLINE. */
    final void simpleStmts(List<Stmt> out) {
        for (;;) {
            Stmt s = simpleStmt();
            out.add(s);
            if (accept(SEMI)) {
                if (at(NEWLINE)) {
                    break;
                }
                continue;
            }
            if (!at(NEWLINE)) {
                throw afterStatementError(s);
            }
            break;
        }
        advance();
    }

    /** A simple statement followed by something other than ';' or NEWLINE. */
    private PythonSyntaxError afterStatementError(Stmt s) {
        Expr last = switch (s) {
            case Stmt.ExprStmt e -> e.value();
            case Stmt.Assign a -> a.value();
            case Stmt.AugAssign a -> a.value();
            case Stmt.AnnAssign a -> a.value() != null ? a.value() : a.annotation();
            case Stmt.Return r -> r.value();
            default -> null;
        };
        if (last instanceof Expr.Tuple t && !t.elts().isEmpty() && t.end() == prevEnd()) {
            last = t.elts().get(t.elts().size() - 1);
        }
        if (last != null) {
            return unexpectedAfterExpression(last);
        }
        return invalidSyntax();
    }

    final Stmt simpleStmt() {
        Token t = peek();
        switch (t.kind()) {
            case PASS:
                advance();
                return new Stmt.Pass(t.start(), t.end());
            case BREAK:
                advance();
                return new Stmt.Break(t.start(), t.end());
            case CONTINUE:
                advance();
                return new Stmt.Continue(t.start(), t.end());
            case RETURN: {
                advance();
                Expr value = startsExpression(kind()) ? starExpressions() : null;
                return new Stmt.Return(value, t.start(), prevEnd());
            }
            case RAISE:
                return raiseStmt();
            case GLOBAL:
            case NONLOCAL: {
                advance();
                List<String> names = new ArrayList<>();
                do {
                    names.add(expect(NAME).text());
                } while (accept(COMMA));
                return t.kind() == GLOBAL ? new Stmt.Global(names, t.start(), prevEnd())
                                : new Stmt.Nonlocal(names, t.start(), prevEnd());
            }
            case DEL:
                return delStmt();
            case ASSERT: {
                advance();
                Expr test = expression();
                Expr msg = accept(COMMA) ? expression() : null;
                return new Stmt.Assert(test, msg, t.start(), prevEnd());
            }
            case IMPORT:
                return importName();
            case FROM:
                return importFrom();
            default:
                return expressionStmt();
        }
    }

    private Stmt raiseStmt() {
        Token t = advance();
        if (!startsExpression(kind()) || at(STAR)) {
            return new Stmt.Raise(null, null, t.start(), t.end());
        }
        Expr exc = expression();
        Expr cause = accept(FROM) ? expression() : null;
        return new Stmt.Raise(exc, cause, t.start(), prevEnd());
    }

    private Stmt delStmt() {
        Token t = advance();
        int first = mark();
        Expr all = starExpressions();
        Expr bad = Targets.invalidTarget(all, Targets.DEL);
        if (bad != null) {
            throw syntaxError("cannot delete " + exprName(bad), bad);
        }
        if (!at(NEWLINE) && !at(SEMI)) {
            throw invalidSyntax();
        }
        boolean parenthesized = tokenAt(first).kind() == LPAR && closingBracket(first) == mark() - 1;
        List<Expr> targets = all instanceof Expr.Tuple tuple && !parenthesized ? tuple.elts() : List.of(all);
        return new Stmt.Delete(targets, t.start(), prevEnd());
    }

    /** Index of the token closing the bracket at token index {@code open}. */
    private int closingBracket(int open) {
        int depth = 0;
        for (int i = open; i < mark(); i++) {
            switch (tokenAt(i).kind()) {
                case LPAR, LSQB, LBRACE -> depth++;
                case RPAR, RSQB, RBRACE -> {
                    if (--depth == 0) {
                        return i;
                    }
                }
                default -> {
                }
            }
        }
        return -1;
    }

    private Stmt importName() {
        Token t = advance();
        List<Alias> names = new ArrayList<>();
        do {
            Token first = peek();
            String name = dottedName();
            String as = null;
            if (accept(AS)) {
                as = expect(NAME).text();
            }
            names.add(new Alias(name, as, first.start(), prevEnd()));
        } while (accept(COMMA));
        return new Stmt.Import(names, t.start(), prevEnd());
    }

    private String dottedName() {
        String name = expect(NAME).text();
        if (!at(DOT)) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name);
        while (accept(DOT)) {
            sb.append('.').append(expect(NAME).text());
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        Token t = advance();
        int level = 0;
        for (;;) {
            if (accept(DOT)) {
                level++;
            } else if (accept(ELLIPSIS)) {
                level += 3;
            } else {
                break;
            }
        }
        String module = null;
        if (level == 0 || !at(IMPORT)) {
            module = dottedName();
        }
        expect(IMPORT);
        List<Alias> names = new ArrayList<>();
        if (at(STAR)) {
            Token star = advance();
            names.add(new Alias("*", null, star.start(), star.end()));
            return new Stmt.ImportFrom(module, names, level, t.start(), prevEnd());
        }
        boolean parens = accept(LPAR);
        do {
            if (parens && at(RPAR)) {
                break;
            }
            if (!parens && names.size() > 0 && at(NEWLINE)) {
                throw syntaxError("trailing comma not allowed without surrounding parentheses", peek());
            }
            Token n = expect(NAME);
            String as = accept(AS) ? expect(NAME).text() : null;
            names.add(new Alias(n.text(), as, n.start(), prevEnd()));
        } while (accept(COMMA));
        if (parens) {
            expectClose(RPAR);
        }
        return new Stmt.ImportFrom(module, names, level, t.start(), prevEnd());
    }

    /** Expression statements and every assignment form. */
    private Stmt expressionStmt() {
        if (!secondPass) {
            return expressionOrAssignment();
        }
        int m = mark();
        assignmentMatched = false;
        Stmt s;
        try {
            s = expressionOrAssignment();
        } catch (PythonSyntaxError e) {
            if (!assignmentMatched) {
                probeInvalidAssignment(m);
            }
            throw e;
        }
        if (!assignmentMatched) {
            // CPython tries invalid_assignment before taking the line as an expression statement
            int end = mark();
            probeInvalidAssignment(m);
            reset(end);
        }
        return s;
    }

    /**
     * Whether CPython's ordinary assignment alternatives would have matched a prefix of the
     * statement (valid targets, then something that starts a value): then its
     * invalid_assignment rule is never tried and the error is elsewhere.
     */
    private boolean assignmentMatched;

    private Stmt expressionOrAssignment() {
        Token first = peek();
        Expr e = at(YIELD) ? yieldExpr() : starExpressions();
        TokenKind k = kind();
        if (k == COLON) {
            return annAssign(first, e);
        }
        if (k == EQUAL) {
            return assign(first, e);
        }
        if (k.isAugAssign()) {
            if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
                throw syntaxError("'" + exprName(e) + "' is an illegal expression for augmented assignment", e);
            }
            Token op = advance();
            assignmentMatched = true;
            Expr value = at(YIELD) ? yieldExpr() : starExpressions();
            return new Stmt.AugAssign(e, augOp(op.kind()), value, first.start(), prevEnd());
        }
        return new Stmt.ExprStmt(e, first.start(), prevEnd());
    }

    /** {@code target: annotation [= value]}; bad targets are the second pass's to name. */
    private Stmt annAssign(Token first, Expr target) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw invalidSyntax();
        }
        advance();
        assignmentMatched = startsExpression(kind());
        Expr annotation = expression();
        Expr value = null;
        if (accept(EQUAL)) {
            value = at(YIELD) ? yieldExpr() : starExpressions();
        }
        boolean simple = target instanceof Expr.Name && first.start() == target.start();
        return new Stmt.AnnAssign(target, annotation, value, simple, first.start(), prevEnd());
    }

    private Stmt assign(Token firstToken, Expr first) {
        List<Expr> targets = new ArrayList<>();
        Expr value = first;
        while (at(EQUAL)) {
            advance();
            targets.add(value);
            checkAssignTarget(value);
            assignmentMatched = startsExpression(kind()) || at(YIELD);
            value = at(YIELD) ? yieldExpr() : starExpressions();
        }
        return new Stmt.Assign(targets, value, firstToken.start(), prevEnd());
    }

    private void checkAssignTarget(Expr target) {
        if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom) {
            assignmentMatched = false;
            throw syntaxError("assignment to yield expression not possible", target);
        }
        Expr bad = Targets.invalidTarget(target, Targets.STAR);
        if (bad != null) {
            assignmentMatched = false;
            throw syntaxError("cannot assign to " + exprName(bad), bad);
        }
    }

    static Expr.BinOpKind augOp(TokenKind k) {
        return switch (k) {
            case PLUSEQUAL -> Expr.BinOpKind.ADD;
            case MINEQUAL -> Expr.BinOpKind.SUB;
            case STAREQUAL -> Expr.BinOpKind.MULT;
            case SLASHEQUAL -> Expr.BinOpKind.DIV;
            case PERCENTEQUAL -> Expr.BinOpKind.MOD;
            case AMPEREQUAL -> Expr.BinOpKind.BITAND;
            case VBAREQUAL -> Expr.BinOpKind.BITOR;
            case CIRCUMFLEXEQUAL -> Expr.BinOpKind.BITXOR;
            case LEFTSHIFTEQUAL -> Expr.BinOpKind.LSHIFT;
            case RIGHTSHIFTEQUAL -> Expr.BinOpKind.RSHIFT;
            case DOUBLESTAREQUAL -> Expr.BinOpKind.POW;
            case DOUBLESLASHEQUAL -> Expr.BinOpKind.FLOORDIV;
            case ATEQUAL -> Expr.BinOpKind.MATMULT;
            default -> throw new IllegalArgumentException(k.toString());
        };
    }
}
