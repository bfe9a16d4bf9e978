package pyt.parser;

import java.util.List;
import java.util.Set;

import pyt.parser.ast.Alias;
import pyt.parser.ast.Expr;
import pyt.parser.ast.Stmt;

/** CPython's {@code future.c}: {@code from __future__} imports at the start of a module. */
final class FutureImports {
    static final String LATE = "from __future__ imports must occur at the beginning of the file";
    private static final Set<String> FEATURES = Set.of("nested_scopes", "generators", "division", "absolute_import",
                    "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
                    "annotations");

    private FutureImports() {
    }

    static boolean isFuture(Stmt s) {
        return s instanceof Stmt.ImportFrom i && "__future__".equals(i.module());
    }

    /**
     * Checks the leading future imports; returns the line of the last valid one (0 if none): a
     * future import on a later line anywhere is an error the compiler pass reports.
     */
    static int check(List<Stmt> body, SyntaxErrors errors) {
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                        && c.value() instanceof String) {
            i++;
        }
        boolean done = false;
        int prevLine = 0;
        int futureLine = 0;
        for (; i < body.size(); i++) {
            Stmt s = body.get(i);
            int line = errors.lineOf(s.start());
            if (done && line > prevLine) {
                return futureLine;
            }
            prevLine = line;
            if (isFuture(s)) {
                if (done) {
                    throw errors.error(LATE, s.start(), s.end());
                }
                for (Alias a : ((Stmt.ImportFrom) s).names()) {
                    if (a.name().equals("braces")) {
                        throw errors.error("not a chance", s.start(), s.end());
                    }
                    if (!FEATURES.contains(a.name())) {
                        throw errors.error("future feature " + a.name() + " is not defined", s.start(), s.end());
                    }
                }
                futureLine = line;
            } else {
                done = true;
            }
        }
        return futureLine;
    }
}
