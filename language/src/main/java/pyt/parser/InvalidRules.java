package pyt.parser;

import static pyt.parser.TokenKind.*;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

import pyt.parser.ast.Expr;

/**
 * CPython's second pass. When the first parse of a statement fails, CPython parses again with
 * its {@code invalid_*} rules switched on, and the first of those that matches gives the error
 * message (and location); otherwise the first pass's generic "invalid syntax" stands. pyt does
 * the same per top-level statement: {@link #secondPass} turns on the probes below, which
 * mirror the rules whose order matters for which message wins. A probe that matches raises a
 * {@link Fatal} error, which no backtracking catches.
 */
abstract class InvalidRules extends ParameterParser {
    /** Set while re-parsing a failed statement to find CPython's specific message. */
    boolean secondPass;
    /**
     * Set while CPython would have its invalid rules off: inside the {@code _without_invalid}
     * part of a probe. Expressions parsed then are memoized without them, so never probed later.
     */
    private boolean invalidOff;

    InvalidRules(SyntaxErrors errors, Tokenizer tokenizer) {
        super(errors, tokenizer);
    }

    /** An error that ends parsing at once: CPython raised it, it did not merely fail to match. */
    static final class Fatal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final PythonSyntaxError error;

        Fatal(PythonSyntaxError error) {
            super(error.getMessage(), null, false, false);
            this.error = error;
        }
    }

    /** A specific error from an invalid_ rule: final in the second pass, a failure in the first. */
    @Override
    final RuntimeException specific(PythonSyntaxError e) {
        return secondPass && !invalidOff ? new Fatal(e) : e;
    }

    /** Runs a rule; null if it fails (generic or specific error), position then unspecified. */
    final <T> T tryParse(Supplier<T> rule) {
        boolean saved = lenient;
        lenient = true;
        try {
            return rule.get();
        } catch (PythonSyntaxError e) {
            return null;
        } finally {
            lenient = saved;
        }
    }

    /** Positions where the expression rule ran in this second pass (CPython memoizes it). */
    private final Set<Integer> probed = new HashSet<>();

    final void startSecondPass() {
        secondPass = true;
        probed.clear();
    }

    private static boolean isLegacy(Expr e) {
        return e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    /**
     * CPython's SOFT_KEYWORD lookahead compares only as many characters as the name has, so any
     * prefix of a soft keyword ("c", "ma", ...) counts as one: reproduced for identical messages.
     */
    private static boolean isSoftKeyword(String id) {
        return !id.isEmpty() && ("match".startsWith(id) || "case".startsWith(id) || id.equals("_"));
    }

    /**
     * At the start of an expression in the second pass: invalid_expression (two expressions
     * side by side in brackets, an 'if' without 'else') and invalid_legacy_expression (print
     * or exec used as a statement), which recurses along {@code NAME NAME ...} runs.
     */
    @Override
    final void probeExpression() {
        if (!secondPass || !probed.add(mark()) || invalidOff) {
            return;
        }
        int m = mark();
        try {
            Token t0 = peek();
            if (!(t0.kind() == NAME && (peek(1).kind() == STRING || isSoftKeyword(t0.text())))) {
                Expr a = tryParse(this::disjunction);
                if (a != null && startsExpression(kind()) && !at(STAR)) {
                    invalidOff = true;
                    Expr b;
                    try {
                        b = tryParse(this::expressionBody);
                    } finally {
                        invalidOff = false;
                    }
                    if (b != null && !isLegacy(a) && previous().level() > 0) {
                        throw new Fatal(syntaxError(SyntaxErrors.FORGOT_COMMA, a.start(), b.end()));
                    }
                }
                reset(m);
            }
            Expr a = tryParse(this::disjunction);
            if (a != null && accept(IF)) {
                Expr b = tryParse(this::disjunction);
                if (b != null && !at(ELSE) && !at(COLON)) {
                    throw new Fatal(syntaxError("expected 'else' after 'if' expression", a.start(), b.end()));
                }
            }
            reset(m);
            if (at(NAME) && peek(1).kind() != LPAR) {
                Token name = advance();
                if (startsExpression(kind())) {
                    Expr b = tryParse(this::starExpressions);
                    if (b != null && (name.text().equals("print") || name.text().equals("exec"))) {
                        throw new Fatal(syntaxError("Missing parentheses in call to '" + name.text() + "'. Did you mean "
                                        + name.text() + "(...)?", name.start(), b.end()));
                    }
                }
            }
        } finally {
            reset(m);
        }
    }

    /**
     * invalid_named_expression, at a '=' after expression {@code e} that started at token
     * index {@code m}: {@code if x = 1:} and friends. Returns normally when no alternative
     * matches (the position is then back at the '=').
     */
    @Override
    final void invalidNamedExpression(int m, Expr e) {
        if (invalidOff) {
            return;
        }
        int eq = mark();
        try {
            Token t = tokenAt(m);
            if (t.kind() == NAME && m + 1 == eq) {
                advance();
                Expr b = tryParse(this::bitwiseOr);
                if (b != null && !at(EQUAL) && !at(COLONEQUAL)) {
                    throw specific(syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t.start(),
                                    b.end()));
                }
            }
            reset(m);
            if (!startsWithContainerOrConstant()) {
                reset(m);
                Expr a = tryParse(this::bitwiseOr);
                if (a != null && accept(EQUAL)) {
                    Expr b = tryParse(this::bitwiseOr);
                    if (b != null && !at(EQUAL) && !at(COLONEQUAL)) {
                        throw specific(syntaxError("cannot assign to " + exprName(a)
                                        + " here. Maybe you meant '==' instead of '='?", a));
                    }
                }
            }
        } finally {
            reset(eq);
        }
    }

    /** The lookahead {@code (list|tuple|genexp|'True'|'None'|'False')} of invalid_named_expression. */
    private boolean startsWithContainerOrConstant() {
        TokenKind k = kind();
        if (k == TRUE || k == NONE || k == FALSE) {
            return true;
        }
        if (k == LSQB || k == LPAR) {
            Expr a = tryParse(this::atom);
            return a instanceof Expr.ListExpr || a instanceof Expr.Tuple && k == LPAR || a instanceof Expr.GeneratorExp;
        }
        return false;
    }

    /**
     * The first alternatives of invalid_assignment, tried at a failed simple statement in the
     * second pass: annotations of tuples, lists and other non-targets. Alternatives 4-6 (bad
     * assignment targets) are what the ordinary parse reports.
     */
    final void probeInvalidAssignment(int m) {
        reset(m);
        if (at(LPAR) || at(LSQB)) {
            Expr a = tryParse(this::atom);
            if ((a instanceof Expr.Tuple || a instanceof Expr.ListExpr) && accept(COLON) && tryParse(this::expression) != null) {
                throw new Fatal(syntaxError("only single target (not " + exprName(a) + ") can be annotated", a));
            }
        }
        reset(m);
        Expr a = tryParse(this::starNamedExpression);
        if (a != null && accept(COMMA)) {
            // star_named_expressions*: repetitions need no separator, so any run of them matches
            while (startsExpression(kind())) {
                if (tryParse(this::starNamedExpression) == null) {
                    break;
                }
                accept(COMMA);
            }
            if (accept(COLON) && tryParse(this::expression) != null) {
                throw new Fatal(syntaxError("only single target (not tuple) can be annotated", a));
            }
        }
        reset(m);
        a = tryParse(this::expression);
        if (a != null && accept(COLON) && tryParse(this::expression) != null) {
            throw new Fatal(syntaxError("illegal target for annotation", a));
        }
        reset(m);
    }

    /** Whether an error is the generic one (reported at the first pass's location). */
    static boolean isGeneric(PythonSyntaxError e) {
        String m = e.getMessage();
        return m.equals(SyntaxErrors.INVALID_SYNTAX) || m.equals(SyntaxErrors.UNEXPECTED_INDENT)
                        || m.equals("unexpected unindent");
    }
}
