package pyt.parser;

import static pyt.parser.TokenKind.*;

import java.util.ArrayList;
import java.util.List;

import pyt.parser.ast.Comprehension;
import pyt.parser.ast.Expr;

/**
 * Atoms: names, literals, parenthesized forms (group, tuple, generator expression), list, set
 * and dict displays with their comprehensions, and adjacent string literals.
 */
abstract class DisplayParser extends ExpressionParser {

    DisplayParser(SyntaxErrors errors, Tokenizer tokenizer) {
        super(errors, tokenizer);
    }

    @Override
    final Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME:
                advance();
                return new Expr.Name(t.text(), t.start(), t.end());
            case NUMBER:
                advance();
                return new Expr.Constant(NumberLiterals.parse(t.text()), t.start(), t.end());
            case STRING:
                return strings();
            case TRUE:
                advance();
                return new Expr.Constant(Boolean.TRUE, t.start(), t.end());
            case FALSE:
                advance();
                return new Expr.Constant(Boolean.FALSE, t.start(), t.end());
            case NONE:
                advance();
                return new Expr.Constant(Expr.Singleton.NONE, t.start(), t.end());
            case ELLIPSIS:
                advance();
                return new Expr.Constant(Expr.Singleton.ELLIPSIS, t.start(), t.end());
            case LPAR:
                return parenthesized();
            case LSQB:
                return list();
            case LBRACE:
                return braces();
            default:
                throw atomError();
        }
    }

    /** What to say when an atom was expected. */
    PythonSyntaxError atomError() {
        return invalidSyntax();
    }

    private Expr strings() {
        int first = mark();
        while (at(STRING)) {
            advance();
        }
        List<Token> parts = new ArrayList<>(mark() - first);
        for (int i = first; i < mark(); i++) {
            parts.add(tokenAt(i));
        }
        lastFetched();
        return FStringParser.concatenate((InvalidRules) this, parts);
    }

    /** '(' starts a group, a tuple, a generator expression or a parenthesized yield. */
    private Expr parenthesized() {
        Token open = advance();
        if (at(RPAR)) {
            Token close = advance();
            return new Expr.Tuple(List.of(), open.start(), close.end());
        }
        if (at(YIELD)) {
            Expr y = yieldExpr();
            expect(RPAR);
            return y;
        }
        if (at(DOUBLESTAR)) {
            Token ds = advance();
            Expr e = expression();
            if (at(RPAR)) {
                throw syntaxError("cannot use double starred expression here", ds.start(), e.end());
            }
            throw invalidSyntax();
        }
        Expr first = starNamedExpression();
        if (atComprehension()) {
            if (first instanceof Expr.Starred) {
                throw syntaxError("iterable unpacking cannot be used in comprehension", first);
            }
            List<Comprehension> gens = forIfClauses();
            Token close = expectClose(RPAR);
            return new Expr.GeneratorExp(first, gens, open.start(), close.end());
        }
        if (at(RPAR)) {
            advance();
            if (first instanceof Expr.Starred) {
                throw syntaxError("cannot use starred expression here", first);
            }
            return first;
        }
        if (!at(COMMA)) {
            throw closeError(RPAR, first);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RPAR)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        Token close = expectClose(RPAR, elts.get(elts.size() - 1));
        return new Expr.Tuple(elts, open.start(), close.end());
    }

    private Expr list() {
        Token open = advance();
        if (at(RSQB)) {
            Token close = advance();
            return new Expr.ListExpr(List.of(), open.start(), close.end());
        }
        Expr first = starNamedExpression();
        if (atComprehension()) {
            if (first instanceof Expr.Starred) {
                throw syntaxError("iterable unpacking cannot be used in comprehension", first);
            }
            List<Comprehension> gens = forIfClauses();
            Token close = expectClose(RSQB);
            return new Expr.ListComp(first, gens, open.start(), close.end());
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RSQB)) {
                break;
            }
            elts.add(starNamedExpression());
            if (atComprehension()) {
                throw syntaxError("did you forget parentheses around the comprehension target?", first.start(), prevEnd());
            }
        }
        Token close = expectClose(RSQB, elts.get(elts.size() - 1));
        return new Expr.ListExpr(elts, open.start(), close.end());
    }

    private Expr braces() {
        Token open = advance();
        if (at(RBRACE)) {
            Token close = advance();
            return new Expr.Dict(List.of(), List.of(), open.start(), close.end());
        }
        if (at(DOUBLESTAR)) {
            return dict(open, null);
        }
        boolean bareWalrus = at(NAME) && peek(1).kind() == COLONEQUAL;
        Expr first = starNamedExpression();
        if (at(COLON) && !(first instanceof Expr.Starred) && !bareWalrus) {
            return dict(open, first);
        }
        if (atComprehension()) {
            if (first instanceof Expr.Starred) {
                throw syntaxError("iterable unpacking cannot be used in comprehension", first);
            }
            List<Comprehension> gens = forIfClauses();
            Token close = expectClose(RBRACE);
            return new Expr.SetComp(first, gens, open.start(), close.end());
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RBRACE)) {
                break;
            }
            elts.add(starNamedExpression());
            if (atComprehension()) {
                throw syntaxError("did you forget parentheses around the comprehension target?", first.start(), prevEnd());
            }
        }
        Token close = expectClose(RBRACE, elts.get(elts.size() - 1));
        return new Expr.Set(elts, open.start(), close.end());
    }

    /** A dict display or comprehension; {@code firstKey} was already parsed (null when at '**'). */
    private Expr dict(Token open, Expr firstKey) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean first = true;
        do {
            if (at(RBRACE)) {
                break;
            }
            if (at(DOUBLESTAR) && !(first && firstKey != null)) {
                Token ds = advance();
                Expr value = bitwiseOr();
                if (atComprehension()) {
                    throw syntaxError("dict unpacking cannot be used in dict comprehension", ds);
                }
                keys.add(null);
                values.add(value);
                first = false;
                continue;
            }
            Expr key = first && firstKey != null ? firstKey : expression();
            if (!at(COLON)) {
                throw !first || at(RBRACE) || at(COMMA) ? syntaxError("':' expected after dictionary key", key.end() - 1, key.end())
                                : invalidSyntax();
            }
            Token colon = advance();
            if (at(STAR)) {
                throw syntaxError("cannot use a starred expression in a dictionary value", peek());
            }
            if (at(RBRACE) || at(COMMA)) {
                throw syntaxError("expression expected after dictionary key and ':'", colon);
            }
            Expr value = expression();
            if (first && firstKey != null && atComprehension()) {
                List<Comprehension> gens = forIfClauses();
                Token close = expectClose(RBRACE);
                return new Expr.DictComp(firstKey, value, gens, open.start(), close.end());
            }
            keys.add(key);
            values.add(value);
            first = false;
        } while (accept(COMMA));
        Token close = expectClose(RBRACE, values.isEmpty() ? null : values.get(values.size() - 1));
        return new Expr.Dict(keys, values, open.start(), close.end());
    }

    /** Expects a closing bracket; otherwise reports what CPython would at this point. */
    final Token expectClose(TokenKind k) {
        return expectClose(k, null);
    }

    final Token expectClose(TokenKind k, Expr last) {
        if (at(k)) {
            return advance();
        }
        throw closeError(k, last);
    }

    /**
     * Two expressions side by side inside brackets ({@code [a b]}) get CPython's "Perhaps you
     * forgot a comma?"; anything else is plain invalid syntax.
     */
    PythonSyntaxError closeError(TokenKind k, Expr last) {
        return unexpectedAfterExpression(last);
    }

    @Override
    final List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atComprehension()) {
            boolean isAsync = accept(ASYNC);
            advance();
            Expr target = forTargets();
            if (!at(IN)) {
                throw forTargetError(target);
            }
            advance();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept(IF)) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    /** star_targets of a for loop or comprehension: stops before 'in'. */
    final Expr forTargets() {
        int start = peek().start();
        Expr first = forTarget();
        if (!at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(IN)) {
                break;
            }
            elts.add(forTarget());
        }
        return new Expr.Tuple(elts, start, prevEnd());
    }

    private Expr forTarget() {
        if (at(STAR)) {
            Token star = advance();
            Expr value = forTarget();
            return new Expr.Starred(value, star.start(), prevEnd());
        }
        Expr e = bitwiseOr();
        Expr bad = Targets.invalidTarget(e, Targets.FOR);
        if (bad != null) {
            throw syntaxError("cannot assign to " + exprName(bad), bad);
        }
        return e;
    }

    /** A for target not followed by 'in'. */
    PythonSyntaxError forTargetError(Expr target) {
        return invalidSyntax();
    }
}
