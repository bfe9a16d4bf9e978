package pyt.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.lib.PyObjectIsTrueNode;
import pyt.nodes.lib.PyObjectIsTrueNodeGen;

/** {@code a and b}: the first false operand, or the last one. */
public final class AndNode extends ExprNode {
    @Child private ExprNode left;
    @Child private ExprNode right;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();

    public AndNode(ExprNode left, ExprNode right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object l = left.executeGeneric(frame);
        return isTrue.execute(l) ? right.executeGeneric(frame) : l;
    }
}
