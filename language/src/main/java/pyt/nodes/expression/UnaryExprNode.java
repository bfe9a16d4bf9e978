package pyt.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;

/** {@code op operand} for {@code -}, {@code +}, {@code ~} and {@code not}. */
public final class UnaryExprNode extends ExprNode {
    @Child private ExprNode operand;
    @Child private UnaryOpNode op;

    public UnaryExprNode(ExprNode operand, UnaryOpNode op) {
        this.operand = operand;
        this.op = op;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return op.execute(operand.executeGeneric(frame));
    }
}
