package pyt.parser;

import pyt.parser.ast.Expr;
import pyt.parser.ast.Module;

/** Placeholder facade until the statement parser lands. */
public final class Parser {
    private Parser() {
    }

    public static Module parseModule(String source, String filename) {
        throw new UnsupportedOperationException("parser not ready");
    }

    public static Expr parseExpression(String source, String filename) {
        throw new UnsupportedOperationException("parser not ready");
    }

    public static Module parseInteractive(String source, String filename) {
        throw new UnsupportedOperationException("parser not ready");
    }
}
