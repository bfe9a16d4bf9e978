package pyt.parser;

import static pyt.parser.TokenKind.*;

import java.util.ArrayList;
import java.util.List;

import pyt.parser.ast.Expr;
import pyt.parser.ast.Pattern;

/** The patterns of {@code case} clauses (PEP 634), following CPython's pattern rules. */
abstract class PatternParser extends InvalidRules {

    PatternParser(SyntaxErrors errors, Tokenizer tokenizer) {
        super(errors, tokenizer);
    }

    /** patterns: an open sequence ({@code case a, *b:}) or one pattern. */
    final Pattern patterns() {
        int start = peek().start();
        Pattern first = maybeStarPattern();
        if (!at(COMMA)) {
            if (first instanceof Pattern.MatchStar) {
                throw invalidSyntax();
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (accept(COMMA)) {
            if (at(COLON) || at(IF)) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(items, start, prevEnd());
    }

    private Pattern maybeStarPattern() {
        if (at(STAR)) {
            Token star = advance();
            Token name = expect(NAME);
            String id = name.text().equals("_") ? null : name.text();
            return new Pattern.MatchStar(id, star.start(), name.end());
        }
        return pattern();
    }

    final Pattern pattern() {
        int start = peek().start();
        Pattern or = orPattern();
        if (!at(AS)) {
            return or;
        }
        advance();
        Token t = peek();
        if (t.kind() == NAME && t.text().equals("_")) {
            throw syntaxError("cannot use '_' as a target", t);
        }
        if (t.kind() != NAME) {
            if (startsExpression(t.kind())) {
                int m = mark();
                Expr e = expression();
                reset(m);
                throw syntaxError("invalid pattern target", e);
            }
            throw invalidSyntax();
        }
        advance();
        TokenKind k = kind();
        if (k == DOT || k == LPAR || k == EQUAL) {
            reset(mark() - 1);
            Expr e = expression();
            throw syntaxError("invalid pattern target", e);
        }
        return new Pattern.MatchAs(or, t.text(), start, t.end());
    }

    private Pattern orPattern() {
        int start = peek().start();
        Pattern first = closedPattern();
        if (!at(VBAR)) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (accept(VBAR)) {
            alts.add(closedPattern());
        }
        return new Pattern.MatchOr(alts, start, prevEnd());
    }

    private Pattern closedPattern() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER, MINUS, STRING:
                Expr v = literalValue();
                return new Pattern.MatchValue(v, v.start(), v.end());
            case NONE:
                advance();
                return new Pattern.MatchSingleton(Expr.Singleton.NONE, t.start(), t.end());
            case TRUE:
                advance();
                return new Pattern.MatchSingleton(Boolean.TRUE, t.start(), t.end());
            case FALSE:
                advance();
                return new Pattern.MatchSingleton(Boolean.FALSE, t.start(), t.end());
            case NAME:
                return namePattern();
            case LPAR:
                return parenPattern();
            case LSQB:
                return sequencePattern();
            case LBRACE:
                return mappingPattern();
            default:
                throw invalidSyntax();
        }
    }

    /** Signed numbers, complex literals ({@code -1+2j}) and strings: literal_expr. */
    private Expr literalValue() {
        Token t = peek();
        if (t.kind() == STRING) {
            return atom();
        }
        Expr real = signedNumber();
        if (at(PLUS) || at(MINUS)) {
            Token op = advance();
            Token imag = peek();
            if (imag.kind() != NUMBER) {
                throw invalidSyntax();
            }
            Expr im = atom();
            if (!(((Expr.Constant) im).value() instanceof Expr.Imaginary)) {
                throw syntaxError("imaginary number required in complex literal", im);
            }
            Expr r = real instanceof Expr.UnaryOp u ? u.operand() : real;
            if (((Expr.Constant) r).value() instanceof Expr.Imaginary) {
                throw syntaxError("real number required in complex literal", real);
            }
            return new Expr.BinOp(real, op.kind() == PLUS ? Expr.BinOpKind.ADD : Expr.BinOpKind.SUB, im, real.start(),
                            im.end());
        }
        return real;
    }

    private Expr signedNumber() {
        if (at(MINUS)) {
            Token minus = advance();
            if (!at(NUMBER)) {
                throw invalidSyntax();
            }
            Expr n = atom();
            return new Expr.UnaryOp(Expr.UnaryOpKind.USUB, n, minus.start(), n.end());
        }
        if (!at(NUMBER)) {
            throw invalidSyntax();
        }
        return atom();
    }

    /** Capture, wildcard, value (dotted name) or class pattern. */
    private Pattern namePattern() {
        Token first = advance();
        Expr e = new Expr.Name(first.text(), first.start(), first.end());
        while (at(DOT)) {
            advance();
            Token attr = expect(NAME);
            e = new Expr.Attribute(e, attr.text(), e.start(), attr.end());
        }
        if (at(LPAR)) {
            return classPattern(e);
        }
        if (e instanceof Expr.Attribute) {
            return new Pattern.MatchValue(e, e.start(), e.end());
        }
        if (at(EQUAL)) {
            throw invalidSyntax();
        }
        String id = first.text().equals("_") ? null : first.text();
        return new Pattern.MatchAs(null, id, first.start(), first.end());
    }

    private Pattern classPattern(Expr cls) {
        advance();
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!at(RPAR)) {
            if (at(NAME) && peek(1).kind() == EQUAL) {
                Token name = advance();
                advance();
                kwdAttrs.add(name.text());
                kwdPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw syntaxError("positional patterns follow keyword patterns", p);
                }
                patterns.add(p);
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        Token close = expectClose(RPAR);
        return new Pattern.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, cls.start(), close.end());
    }

    private Pattern parenPattern() {
        Token open = advance();
        if (at(RPAR)) {
            Token close = advance();
            return new Pattern.MatchSequence(List.of(), open.start(), close.end());
        }
        Pattern first = maybeStarPattern();
        if (at(RPAR) && !(first instanceof Pattern.MatchStar)) {
            advance();
            return first;
        }
        if (!at(COMMA)) {
            throw invalidSyntax();
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (accept(COMMA)) {
            if (at(RPAR)) {
                break;
            }
            items.add(maybeStarPattern());
        }
        Token close = expectClose(RPAR);
        return new Pattern.MatchSequence(items, open.start(), close.end());
    }

    private Pattern sequencePattern() {
        Token open = advance();
        List<Pattern> items = new ArrayList<>();
        while (!at(RSQB)) {
            items.add(maybeStarPattern());
            if (!accept(COMMA)) {
                break;
            }
        }
        Token close = expectClose(RSQB);
        return new Pattern.MatchSequence(items, open.start(), close.end());
    }

    private Pattern mappingPattern() {
        Token open = advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        String rest = null;
        while (!at(RBRACE)) {
            if (at(DOUBLESTAR)) {
                advance();
                Token name = expect(NAME);
                if (name.text().equals("_")) {
                    reset(mark() - 1);
                    throw invalidSyntax();
                }
                rest = name.text();
                accept(COMMA);
                break;
            }
            Expr key;
            switch (kind()) {
                case NUMBER, MINUS, STRING -> key = literalValue();
                case NONE, TRUE, FALSE -> key = atom();
                case NAME -> {
                    Token n = advance();
                    key = new Expr.Name(n.text(), n.start(), n.end());
                    if (!at(DOT)) {
                        throw invalidSyntax();
                    }
                    while (accept(DOT)) {
                        Token attr = expect(NAME);
                        key = new Expr.Attribute(key, attr.text(), key.start(), attr.end());
                    }
                }
                default -> throw invalidSyntax();
            }
            expect(COLON);
            keys.add(key);
            patterns.add(pattern());
            if (!accept(COMMA)) {
                break;
            }
        }
        Token close = expectClose(RBRACE);
        return new Pattern.MatchMapping(keys, patterns, rest, open.start(), close.end());
    }
}
