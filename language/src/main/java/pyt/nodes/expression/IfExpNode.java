package pyt.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.lib.ConditionNode;

/** {@code body if test else orelse}. */
public final class IfExpNode extends ExprNode {
    @Child private ConditionNode test;
    @Child private ExprNode body;
    @Child private ExprNode orelse;

    public IfExpNode(ConditionNode test, ExprNode body, ExprNode orelse) {
        this.test = test;
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return test.execute(frame) ? body.executeGeneric(frame) : orelse.executeGeneric(frame);
    }
}
