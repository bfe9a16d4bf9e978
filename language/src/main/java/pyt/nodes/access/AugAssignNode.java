package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;
import pyt.nodes.expression.BinaryOpNode;
import pyt.parser.ast.Expr;

/** {@code target op= value}, using the in-place form of the operator. */
public final class AugAssignNode extends StmtNode {
    @Child private AugTarget target;
    @Child private ExprNode value;
    @Child private BinaryOpNode op;

    public AugAssignNode(AugTarget target, Expr.BinOpKind kind, ExprNode value) {
        this.target = target;
        this.value = value;
        this.op = BinaryOpNode.createInplace(kind);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object[] parts = target.prepare(frame);
        Object current = target.read(frame, parts);
        Object result = op.execute(current, value.executeGeneric(frame));
        target.write(frame, parts, result);
    }
}
