package pyt.parser;

import static pyt.parser.TokenKind.*;

import java.util.ArrayList;
import java.util.List;

import pyt.parser.ast.Comprehension;
import pyt.parser.ast.Expr;
import pyt.parser.ast.Expr.BinOpKind;
import pyt.parser.ast.Expr.CmpOpKind;
import pyt.parser.ast.Keyword;

/**
 * Expressions from {@code star_expressions} down to {@code primary}, one method per rule of
 * CPython's grammar (binary operators share one precedence loop). Atoms and displays live in
 * {@link DisplayParser}.
 */
abstract class ExpressionParser extends ParserBase {

    ExpressionParser(SyntaxErrors errors, Tokenizer tokenizer) {
        super(errors, tokenizer);
    }

    abstract Expr atom();

    abstract Expr lambdef();

    /** Second-pass checks at the start of an expression ({@link InvalidRules}). */
    abstract void probeExpression();

    /** A specific error from an invalid_ rule ({@link InvalidRules#specific}). */
    abstract RuntimeException specific(PythonSyntaxError e);

    /** Second-pass check at a '=' after a named_expression ({@link InvalidRules}). */
    abstract void invalidNamedExpression(int start, Expr e);

    /** Comprehension clauses ({@code for ... in ... if ...}), at a FOR or ASYNC token. */
    abstract List<Comprehension> forIfClauses();

    static boolean startsExpression(TokenKind k) {
        return switch (k) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA, AWAIT, STAR, ELLIPSIS,
                            NONE, TRUE, FALSE -> true;
            default -> false;
        };
    }

    final boolean atComprehension() {
        TokenKind k = kind();
        return k == FOR || (k == ASYNC && peek(1).kind() == FOR);
    }

    /** star_expressions: a tuple when there is a comma. */
    final Expr starExpressions() {
        int start = peek().start();
        Expr first = starExpression();
        if (!at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (!startsExpression(kind())) {
                break;
            }
            Expr e = continuation(mark(), this::starExpression);
            if (e == null) {
                break;
            }
            elts.add(e);
        }
        return new Expr.Tuple(elts, start, prevEnd());
    }

    final Expr starExpression() {
        if (at(STAR)) {
            Token star = advance();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, star.start(), prevEnd());
        }
        return expression();
    }

    final Expr starNamedExpression() {
        if (at(STAR)) {
            Token star = advance();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, star.start(), prevEnd());
        }
        return namedExpression();
    }

    /** expressions (eval mode): a tuple when there is a comma; no starred items. */
    final Expr expressions() {
        int start = peek().start();
        Expr first = expression();
        if (!at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (!startsExpression(kind()) || at(STAR)) {
                break;
            }
            elts.add(expression());
        }
        return new Expr.Tuple(elts, start, prevEnd());
    }

    final Expr expression() {
        probeExpression();
        return expressionBody();
    }

    /** The expression rule without the second pass's probes at its start. */
    final Expr expressionBody() {
        if (at(LAMBDA)) {
            return lambdef();
        }
        enter();
        int start = peek().start();
        Expr body = disjunction();
        if (at(IF) && lenient) {
            Expr first = body;
            Expr ifExp = continuation(mark(), () -> conditional(first, start));
            leave();
            return ifExp != null ? ifExp : body;
        }
        if (at(IF)) {
            body = conditional(body, start);
        }
        leave();
        return body;
    }

    private Expr conditional(Expr body, int start) {
        advance();
        Expr test = disjunction();
        if (!at(ELSE)) {
            throw invalidSyntax();
        }
        advance();
        Expr orelse = expression();
        return new Expr.IfExp(test, body, orelse, start, prevEnd());
    }

    /** named_expression: {@code NAME := expression} or an expression not followed by ':='. */
    final Expr namedExpression() {
        if (at(NAME) && peek(1).kind() == COLONEQUAL) {
            Token n = advance();
            advance();
            Expr value = expression();
            return new Expr.NamedExpr(new Expr.Name(n.text(), n.start(), n.end()), value, n.start(), prevEnd());
        }
        int m = mark();
        Expr e = expression();
        if (at(COLONEQUAL)) {
            advance();
            expression();
            throw specific(syntaxError("cannot use assignment expressions with " + exprName(e), e));
        }
        if (at(EQUAL)) {
            invalidNamedExpression(m, e);
        }
        return e;
    }

    final Expr yieldExpr() {
        Token y = expect(YIELD);
        if (accept(FROM)) {
            Expr value = expression();
            return new Expr.YieldFrom(value, y.start(), prevEnd());
        }
        if (startsExpression(kind())) {
            Expr value = starExpressions();
            return new Expr.Yield(value, y.start(), prevEnd());
        }
        return new Expr.Yield(null, y.start(), y.end());
    }

    final Expr disjunction() {
        int start = peek().start();
        Expr first = conjunction();
        if (!at(OR)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (at(OR)) {
            Expr e = continuation(mark(), () -> {
                advance();
                return conjunction();
            });
            if (e == null) {
                break;
            }
            values.add(e);
        }
        return new Expr.BoolOp(Expr.BoolOpKind.OR, values, start, prevEnd());
    }

    final Expr conjunction() {
        int start = peek().start();
        Expr first = inversion();
        if (!at(AND)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (at(AND)) {
            Expr e = continuation(mark(), () -> {
                advance();
                return inversion();
            });
            if (e == null) {
                break;
            }
            values.add(e);
        }
        return new Expr.BoolOp(Expr.BoolOpKind.AND, values, start, prevEnd());
    }

    final Expr inversion() {
        if (at(NOT)) {
            Token t = advance();
            enter();
            Expr operand = inversion();
            leave();
            return new Expr.UnaryOp(Expr.UnaryOpKind.NOT, operand, t.start(), prevEnd());
        }
        return comparison();
    }

    final Expr comparison() {
        int start = peek().start();
        Expr left = bitwiseOr();
        int before = mark();
        CmpOpKind op = compareOp();
        if (op == null) {
            return left;
        }
        List<CmpOpKind> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            Expr right = continuation(before, this::bitwiseOr);
            if (right == null) {
                break;
            }
            ops.add(op);
            comparators.add(right);
            before = mark();
            op = compareOp();
        }
        if (ops.isEmpty()) {
            return left;
        }
        return new Expr.Compare(left, ops, comparators, start, prevEnd());
    }

    /** Consumes a comparison operator, or returns null without consuming. */
    private CmpOpKind compareOp() {
        CmpOpKind op = switch (kind()) {
            case EQEQUAL -> CmpOpKind.EQ;
            case NOTEQUAL -> CmpOpKind.NOTEQ;
            case LESS -> CmpOpKind.LT;
            case LESSEQUAL -> CmpOpKind.LTE;
            case GREATER -> CmpOpKind.GT;
            case GREATEREQUAL -> CmpOpKind.GTE;
            case IN -> CmpOpKind.IN;
            case IS -> peek(1).kind() == NOT ? CmpOpKind.ISNOT : CmpOpKind.IS;
            case NOT -> peek(1).kind() == IN ? CmpOpKind.NOTIN : null;
            default -> null;
        };
        if (op == CmpOpKind.ISNOT || op == CmpOpKind.NOTIN) {
            advance();
        }
        if (op != null) {
            advance();
        }
        return op;
    }

    final Expr bitwiseOr() {
        return binary(0);
    }

    private static BinOpKind binaryOp(int level, TokenKind k) {
        return switch (level) {
            case 0 -> k == VBAR ? BinOpKind.BITOR : null;
            case 1 -> k == CIRCUMFLEX ? BinOpKind.BITXOR : null;
            case 2 -> k == AMPER ? BinOpKind.BITAND : null;
            case 3 -> k == LEFTSHIFT ? BinOpKind.LSHIFT : k == RIGHTSHIFT ? BinOpKind.RSHIFT : null;
            case 4 -> k == PLUS ? BinOpKind.ADD : k == MINUS ? BinOpKind.SUB : null;
            default -> switch (k) {
                case STAR -> BinOpKind.MULT;
                case SLASH -> BinOpKind.DIV;
                case DOUBLESLASH -> BinOpKind.FLOORDIV;
                case PERCENT -> BinOpKind.MOD;
                case AT -> BinOpKind.MATMULT;
                default -> null;
            };
        };
    }

    /** Left-associative binary operators, levels 0 (|) to 5 (* / // % @). */
    private Expr binary(int level) {
        int start = peek().start();
        Expr left = level == 5 ? factor() : binary(level + 1);
        for (;;) {
            BinOpKind op = binaryOp(level, kind());
            if (op == null) {
                return left;
            }
            int before = mark();
            advance();
            Expr right;
            if (!lenient) {
                right = level == 5 ? factor() : binary(level + 1);
            } else {
                right = continuation(before, () -> level == 5 ? factor() : binary(level + 1));
                if (right == null) {
                    return left;
                }
            }
            left = new Expr.BinOp(left, op, right, start, prevEnd());
        }
    }

    final Expr factor() {
        Expr.UnaryOpKind op = switch (kind()) {
            case PLUS -> Expr.UnaryOpKind.UADD;
            case MINUS -> Expr.UnaryOpKind.USUB;
            case TILDE -> Expr.UnaryOpKind.INVERT;
            default -> null;
        };
        if (op != null) {
            Token t = advance();
            enter();
            Expr operand = factor();
            leave();
            return new Expr.UnaryOp(op, operand, t.start(), prevEnd());
        }
        return power();
    }

    private Expr power() {
        int start = peek().start();
        Expr base = awaitPrimary();
        if (at(DOUBLESTAR)) {
            int before = mark();
            advance();
            Expr exp = continuation(before, this::factor);
            if (exp == null) {
                return base;
            }
            return new Expr.BinOp(base, BinOpKind.POW, exp, start, prevEnd());
        }
        return base;
    }

    private Expr awaitPrimary() {
        if (at(AWAIT)) {
            Token t = advance();
            Expr value = primary();
            return new Expr.Await(value, t.start(), prevEnd());
        }
        return primary();
    }

    final Expr primary() {
        enter();
        int start = peek().start();
        Expr e = atom();
        for (;;) {
            switch (kind()) {
                case DOT -> {
                    if (peek(1).kind() != NAME) {
                        // like the PEG parser: the primary ends here, the caller fails on the '.'
                        leave();
                        return e;
                    }
                    advance();
                    Token name = advance();
                    e = new Expr.Attribute(e, name.text(), start, name.end());
                }
                case LPAR, LSQB -> {
                    if (!lenient) {
                        e = trailer(e, start);
                        continue;
                    }
                    Expr target = e;
                    Expr next = continuation(mark(), () -> trailer(target, start));
                    if (next == null) {
                        leave();
                        return e;
                    }
                    e = next;
                }
                default -> {
                    leave();
                    return e;
                }
            }
        }
    }

    /** A call or subscript applied to {@code e}. */
    private Expr trailer(Expr e, int start) {
        if (at(LPAR)) {
            return callArguments(e, true, start);
        }
        advance();
        Expr slice = slices();
        if (!at(RSQB)) {
            throw invalidSyntax();
        }
        advance();
        return new Expr.Subscript(e, slice, start, prevEnd());
    }

    /** slices: one slice, or a tuple of slices and starred expressions ({@code a[*b]} is a tuple). */
    final Expr slices() {
        int start = peek().start();
        Expr first = slice();
        if (!at(COMMA)) {
            if (first instanceof Expr.Starred) {
                return new Expr.Tuple(List.of(first), start, first.end());
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RSQB)) {
                break;
            }
            elts.add(slice());
        }
        return new Expr.Tuple(elts, start, prevEnd());
    }

    private Expr slice() {
        if (at(STAR)) {
            Token star = advance();
            Expr value = expression();
            return new Expr.Starred(value, star.start(), prevEnd());
        }
        int start = peek().start();
        Expr lower = null;
        if (!at(COLON)) {
            lower = namedExpression();
            if (!at(COLON)) {
                return lower;
            }
            if (lower instanceof Expr.NamedExpr) {
                throw invalidSyntax();
            }
        }
        advance();
        Expr upper = at(COLON) || at(COMMA) || at(RSQB) ? null : expression();
        Expr step = null;
        if (accept(COLON)) {
            step = at(COMMA) || at(RSQB) ? null : expression();
        }
        return new Expr.Slice(lower, upper, step, start, prevEnd());
    }

    /** A call's argument list, at the '('. */
    /**
     * Arguments in parentheses; a class statement's allow no bare generator expression. The
     * call starts at {@code start}, the first token of the callee (maybe a parenthesis).
     */
    final Expr callArguments(Expr func, boolean allowGenexp, int start) {
        Token open = advance();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawDoubleStar = false;
        Expr lastArg = null;
        while (!at(RPAR)) {
            Token t = peek();
            if (t.kind() == STAR) {
                if (sawDoubleStar) {
                    throw syntaxError("iterable argument unpacking follows keyword argument unpacking", t);
                }
                advance();
                Expr value = expression();
                args.add(new Expr.Starred(value, t.start(), prevEnd()));
                lastArg = value;
            } else if (t.kind() == DOUBLESTAR) {
                advance();
                Expr value = expression();
                keywords.add(new Keyword(null, value, t.start(), prevEnd()));
                sawDoubleStar = true;
                lastArg = value;
            } else if (t.kind() == NAME && peek(1).kind() == EQUAL) {
                advance();
                advance();
                Expr value = expression();
                if (atComprehension()) {
                    throw syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t.start(), t.end() + 1);
                }
                keywords.add(new Keyword(t.text(), value, t.start(), prevEnd()));
                lastArg = value;
            } else {
                if ((t.kind() == TRUE || t.kind() == FALSE || t.kind() == NONE) && peek(1).kind() == EQUAL) {
                    throw syntaxError("cannot assign to " + t.kind().text, t.start(), peek(1).end());
                }
                Expr e = t.kind() == NAME && peek(1).kind() == COLONEQUAL ? namedExpression() : expression();
                if (atComprehension()) {
                    if (!allowGenexp) {
                        throw invalidSyntax();
                    }
                    List<Comprehension> gens = forIfClauses();
                    if (!args.isEmpty() || !keywords.isEmpty() || !at(RPAR)) {
                        throw syntaxError("Generator expression must be parenthesized", e.start(), prevEnd());
                    }
                    Token close = advance();
                    args.add(new Expr.GeneratorExp(e, gens, open.start(), close.end()));
                    return new Expr.Call(func, args, keywords, start, close.end());
                }
                if (at(EQUAL)) {
                    throw syntaxError("expression cannot contain assignment, perhaps you meant \"==\"?", e.start(),
                                    peek().end());
                }
                if (!keywords.isEmpty()) {
                    throw syntaxError(sawDoubleStar ? "positional argument follows keyword argument unpacking"
                                    : "positional argument follows keyword argument", lastFetched());
                }
                args.add(e);
                lastArg = e;
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        if (!at(RPAR)) {
            throw unexpectedAfterExpression(lastArg);
        }
        advance();
        return new Expr.Call(func, args, keywords, start, prevEnd());
    }

    /**
     * The error for a token that cannot follow expression {@code a}. The first pass only says
     * "invalid syntax"; the second pass ({@link InvalidRules}) finds CPython's better messages.
     */
    final PythonSyntaxError unexpectedAfterExpression(Expr a) {
        return invalidSyntax();
    }
}
