package pyt.parser;

import java.util.function.Function;

import pyt.parser.ast.Expr;
import pyt.parser.ast.Module;

/**
 * Entry points: source text to AST for the three compile modes, raising
 * {@link PythonSyntaxError} for anything CPython 3.11 rejects before running code (except the
 * global/nonlocal declaration errors, which scope analysis reports).
 */
public final class Parser {
    private Parser() {
    }

    /** "exec" mode: a whole file or exec() string. */
    public static Module parseModule(String source, String filename) {
        SyntaxErrors errors = new SyntaxErrors(source, filename);
        Module m = run(errors, 0, Mode.FILE, StatementParser::file);
        EarlyErrors.checkModule(m, errors);
        return m;
    }

    /** "eval" mode; leading spaces and tabs are skipped, as eval() does. */
    public static Expr parseExpression(String source, String filename) {
        SyntaxErrors errors = new SyntaxErrors(source, filename);
        int begin = 0;
        while (begin < source.length() && (source.charAt(begin) == ' ' || source.charAt(begin) == '\t')) {
            begin++;
        }
        Expr e = run(errors, begin, Mode.EVAL, StatementParser::eval);
        EarlyErrors.checkExpression(e, errors);
        return e;
    }

    /** "single" mode (the REPL): one statement, possibly compound. */
    public static Module parseInteractive(String source, String filename) {
        SyntaxErrors errors = new SyntaxErrors(source, filename);
        Module m = run(errors, 0, Mode.SINGLE, StatementParser::interactive);
        EarlyErrors.checkModule(m, errors);
        return m;
    }

    private enum Mode { FILE, EVAL, SINGLE }

    private static <T> T run(SyntaxErrors errors, int begin, Mode mode, Function<StatementParser, T> rule) {
        Tokenizer tokenizer = new Tokenizer(errors, begin, errors.source.length(), 1, false);
        if (mode == Mode.SINGLE) {
            tokenizer.setSingleInput();
        } else if (mode == Mode.EVAL) {
            tokenizer.setNoAppendedNewline();
        }
        StatementParser parser = new StatementParser(errors, tokenizer);
        try {
            return rule.apply(parser);
        } catch (Tokenizer.TokenizeError e) {
            throw e.error;
        } catch (InvalidRules.Fatal e) {
            throw scanRest(tokenizer, e.error);
        } catch (PythonSyntaxError e) {
            throw scanRest(tokenizer, e);
        } catch (StackOverflowError e) {
            throw errors.error("too many nested parentheses", 0, 0);
        }
    }

    /**
     * Like CPython, after a parser error tokenize the rest of the source: an error the tokenizer
     * raises itself (a bad literal, an unmatched bracket) wins, and so does a bracket left open
     * on a line before the error.
     */
    private static PythonSyntaxError scanRest(Tokenizer tokenizer, PythonSyntaxError error) {
        if (error.getMessage().equals(SyntaxErrors.UNEXPECTED_INDENT) || error.getMessage().equals("unexpected unindent")) {
            return error;
        }
        int errorLine = tokenizer.lastLine();
        try {
            while (tokenizer.next().kind() != TokenKind.ENDMARKER) {
                // only errors matter
            }
        } catch (Tokenizer.TokenizeError e) {
            if (e.hard) {
                return e.error;
            }
            if (tokenizer.level() > 0 && errorLine > tokenizer.openParenLine()) {
                return tokenizer.unclosedParenError();
            }
        } catch (StackOverflowError e) {
            return error;
        }
        return error;
    }
}
