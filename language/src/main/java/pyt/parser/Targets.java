package pyt.parser;

import pyt.parser.ast.Expr;

/** Which expressions may be assigned to or deleted ({@code _PyPegen_get_invalid_target}). */
final class Targets {
    static final int STAR = 0;
    static final int DEL = 1;
    static final int FOR = 2;

    private Targets() {
    }

    /** The first sub-expression that cannot be a target of the given type, or null if all can. */
    static Expr invalidTarget(Expr e, int type) {
        switch (e) {
            case Expr.ListExpr l -> {
                for (Expr x : l.elts()) {
                    Expr bad = invalidTarget(x, type);
                    if (bad != null) {
                        return bad;
                    }
                }
                return null;
            }
            case Expr.Tuple t -> {
                for (Expr x : t.elts()) {
                    Expr bad = invalidTarget(x, type);
                    if (bad != null) {
                        return bad;
                    }
                }
                return null;
            }
            case Expr.Starred s -> {
                return type == DEL ? e : invalidTarget(s.value(), type);
            }
            case Expr.Compare c -> {
                if (type == FOR) {
                    return c.ops().get(0) == Expr.CmpOpKind.IN ? invalidTarget(c.left(), type) : null;
                }
                return e;
            }
            case Expr.Name n -> {
                return null;
            }
            case Expr.Subscript s -> {
                return null;
            }
            case Expr.Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }
}
