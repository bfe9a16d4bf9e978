package pyt.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.lib.PyObjectIsTrueNode;
import pyt.nodes.lib.PyObjectIsTrueNodeGen;

/** {@code a or b}: the first true operand, or the last one. */
public final class OrNode extends ExprNode {
    @Child private ExprNode left;
    @Child private ExprNode right;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();

    public OrNode(ExprNode left, ExprNode right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object l = left.executeGeneric(frame);
        return isTrue.execute(l) ? l : right.executeGeneric(frame);
    }
}
