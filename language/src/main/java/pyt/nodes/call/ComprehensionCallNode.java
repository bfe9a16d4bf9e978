package pyt.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.lib.PyObjectGetIterNode;

/**
 * Runs a comprehension: makes its function and calls it with an iterator over the first
 * iterable. For a generator expression that call returns the generator.
 */
public final class ComprehensionCallNode extends ExprNode {
    @Child private ExprNode function;
    @Child private ExprNode iterable;
    @Child private CallDispatchNode dispatch = CallDispatchNodeGen.create();
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNode.create();

    public ComprehensionCallNode(ExprNode function, ExprNode iterable) {
        this.function = function;
        this.iterable = iterable;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object fn = function.executeGeneric(frame);
        Object iterator = getIter.execute(iterable.executeGeneric(frame));
        return dispatch.execute(fn, new Object[]{iterator}, null, null);
    }
}
