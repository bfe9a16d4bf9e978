package pyt.nodes.expression;

import pyt.nodes.PytNode;
import pyt.parser.ast.Expr;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;

/** Placeholder until the operator nodes land. */
public abstract class UnaryOpNode extends PytNode {
    public abstract Object execute(Object operand);

    public static UnaryOpNode create(Expr.UnaryOpKind kind) {
        return new UnaryOpNode() {
            @Override
            public Object execute(Object v) {
                if (kind == Expr.UnaryOpKind.NOT) {
                    return !pyt.nodes.lib.PyObjectIsTrueNode.isTrueUncached(v);
                }
                if (v instanceof Long a && kind == Expr.UnaryOpKind.USUB) {
                    return -a;
                }
                throw PyErrors.raise(this, PyErr.NotImplementedError, "operator %s", kind);
            }
        };
    }
}
