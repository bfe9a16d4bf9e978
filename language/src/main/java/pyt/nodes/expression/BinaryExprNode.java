package pyt.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;

/** {@code left op right} for an arithmetic or bitwise operator: evaluates both sides, then the operator node. */
public final class BinaryExprNode extends ExprNode {
    @Child private ExprNode left;
    @Child private ExprNode right;
    @Child private BinaryOpNode op;

    public BinaryExprNode(ExprNode left, ExprNode right, BinaryOpNode op) {
        this.left = left;
        this.right = right;
        this.op = op;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object l = left.executeGeneric(frame);
        return op.execute(l, right.executeGeneric(frame));
    }
}
