package pyt.nodes.expression;

import pyt.nodes.PytNode;
import pyt.parser.ast.Expr;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;

/** Placeholder until the operator nodes land: long and double arithmetic only. */
public abstract class BinaryOpNode extends PytNode {
    public abstract Object execute(Object left, Object right);

    public static BinaryOpNode create(Expr.BinOpKind kind) {
        return new BinaryOpNode() {
            @Override
            public Object execute(Object l, Object r) {
                if (l instanceof Long a && r instanceof Long b) {
                    switch (kind) {
                        case ADD: return Math.addExact(a, b);
                        case SUB: return Math.subtractExact(a, b);
                        case MULT: return Math.multiplyExact(a, b);
                        default:
                    }
                }
                throw PyErrors.raise(this, PyErr.NotImplementedError, "operator %s", kind);
            }
        };
    }

    public static BinaryOpNode createInplace(Expr.BinOpKind kind) {
        return create(kind);
    }
}
