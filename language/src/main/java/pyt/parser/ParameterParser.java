package pyt.parser;

import static pyt.parser.TokenKind.*;

import java.util.ArrayList;
import java.util.List;

import pyt.parser.ast.Arguments;
import pyt.parser.ast.Arguments.Arg;
import pyt.parser.ast.Expr;

/**
 * Parameter lists of {@code def} and {@code lambda} (one loop for both; lambdas have no
 * annotations), with CPython's messages for misplaced {@code /}, {@code *}, {@code **} and
 * defaults. Duplicate names are {@link EarlyErrors}' job, as in CPython's compiler.
 */
abstract class ParameterParser extends DisplayParser {

    ParameterParser(SyntaxErrors errors, Tokenizer tokenizer) {
        super(errors, tokenizer);
    }

    static final Arguments NO_ARGUMENTS = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

    @Override
    final Expr lambdef() {
        Token lambda = advance();
        Arguments args = at(COLON) ? NO_ARGUMENTS : parameters(false, COLON);
        expect(COLON);
        Expr body = expression();
        return new Expr.Lambda(args, body, lambda.start(), prevEnd());
    }

    /** A parameter list ending before {@code close} (')' for def, ':' for lambda). */
    final Arguments parameters(boolean annotations, TokenKind close) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean sawSlash = false;
        boolean sawStar = false;
        Token bareStar = null;
        String what = annotations ? "Function" : "Lambda expression";
        while (!at(close)) {
            Token t = peek();
            if (kwarg != null) {
                if (t.kind() == NAME || t.kind() == STAR || t.kind() == DOUBLESTAR || t.kind() == SLASH) {
                    throw syntaxError("arguments cannot follow var-keyword argument", t);
                }
                throw invalidSyntax();
            }
            switch (t.kind()) {
                case SLASH -> {
                    if (sawSlash) {
                        throw syntaxError("/ may appear only once", t);
                    }
                    if (sawStar) {
                        throw syntaxError("/ must be ahead of *", t);
                    }
                    if (args.isEmpty()) {
                        throw peek(1).kind() == COMMA ? syntaxError("at least one argument must precede /", t) : invalidSyntax();
                    }
                    advance();
                    sawSlash = true;
                    posonly.addAll(args);
                    args.clear();
                }
                case STAR -> {
                    if (sawStar) {
                        throw syntaxError("* argument may appear only once", t);
                    }
                    advance();
                    sawStar = true;
                    if (at(COMMA) || at(close)) {
                        bareStar = t;
                        if (at(close) || peek(1).kind() == close || peek(1).kind() == DOUBLESTAR) {
                            // a lambda's error has no location of its own: CPython uses the last token read
                            throw syntaxError("named arguments must follow bare *", annotations ? t : lastFetched());
                        }
                    } else {
                        vararg = param(annotations, true);
                        if (at(EQUAL) && !(vararg.annotation() instanceof Expr.Starred)) {
                            throw syntaxError("var-positional argument cannot have default value", peek());
                        }
                    }
                }
                case DOUBLESTAR -> {
                    advance();
                    kwarg = param(annotations, false);
                    if (at(EQUAL)) {
                        throw syntaxError("var-keyword argument cannot have default value", peek());
                    }
                }
                case NAME -> {
                    Arg a = param(annotations, false);
                    Expr def = null;
                    if (at(EQUAL)) {
                        Token eq = advance();
                        if (at(COMMA) || at(close)) {
                            throw syntaxError("expected default value expression", eq);
                        }
                        def = expression();
                    }
                    if (sawStar) {
                        kwonly.add(a);
                        kwDefaults.add(def);
                    } else {
                        if (def != null) {
                            defaults.add(def);
                        } else if (!defaults.isEmpty()) {
                            throw syntaxError("non-default argument follows default argument", a);
                        }
                        args.add(a);
                    }
                }
                case LPAR -> {
                    int m = mark();
                    advance();
                    if (at(NAME) && !sawStar && !sawSlash && defaults.isEmpty()) {
                        while (accept(NAME) && accept(COMMA)) {
                            // skip the names of a parenthesized parameter group
                        }
                        if (at(RPAR)) {
                            throw syntaxError(what + " parameters cannot be parenthesized", t.start(), peek().end());
                        }
                    }
                    reset(m);
                    throw invalidSyntax();
                }
                default -> throw invalidSyntax();
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        if (!at(close)) {
            Token t = peek();
            if (t.kind() == STAR && previous().kind() == SLASH) {
                throw syntaxError("expected comma between / and *", t);
            }
            throw invalidSyntax();
        }
        if (bareStar != null && kwonly.isEmpty()) {
            throw syntaxError("named arguments must follow bare *", bareStar);
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** NAME [':' annotation]; a *args annotation may be starred ({@code *args: *Ts}). */
    private Arg param(boolean annotations, boolean starAnnotation) {
        Token name = peek();
        if (name.kind() != NAME) {
            throw invalidSyntax();
        }
        advance();
        Expr annotation = null;
        if (annotations && accept(COLON)) {
            annotation = starAnnotation ? starExpression() : expression();
        }
        return new Arg(name.text(), annotation, name.start(), prevEnd());
    }
}
