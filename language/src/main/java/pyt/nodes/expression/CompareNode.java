package pyt.nodes.expression;

import pyt.nodes.PytNode;
import pyt.parser.ast.Expr;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;

/** Placeholder until the operator nodes land. */
public abstract class CompareNode extends PytNode {
    public abstract Object execute(Object left, Object right);

    public static CompareNode create(Expr.CmpOpKind kind) {
        return new CompareNode() {
            @Override
            public Object execute(Object l, Object r) {
                if (l instanceof Long a && r instanceof Long b) {
                    switch (kind) {
                        case LT: return a < b;
                        case LTE: return a <= b;
                        case GT: return a > b;
                        case GTE: return a >= b;
                        case EQ: return a.longValue() == b.longValue();
                        case NOTEQ: return a.longValue() != b.longValue();
                        default:
                    }
                }
                throw PyErrors.raise(this, PyErr.NotImplementedError, "comparison %s", kind);
            }
        };
    }
}
