package pyt.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;

/** {@code left op right} for one comparison operator. */
public final class CompareExprNode extends ExprNode {
    @Child private ExprNode left;
    @Child private ExprNode right;
    @Child private CompareNode op;

    public CompareExprNode(ExprNode left, ExprNode right, CompareNode op) {
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
