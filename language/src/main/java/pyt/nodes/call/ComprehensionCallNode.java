package pyt.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.lib.PyObjectGetIterNode;
import pyt.runtime.PyIterator;
import pyt.runtime.PyList;

/**
 * Runs a comprehension: makes its function, calls it with an iterator over the first
 * iterable. A generator expression is collected eagerly and yields an iterator over the result
 * (docs/dialect.md).
 */
public final class ComprehensionCallNode extends ExprNode {
    @Child private ExprNode function;
    @Child private ExprNode iterable;
    @Child private CallDispatchNode dispatch = CallDispatchNodeGen.create();
    private final boolean generator;

    public ComprehensionCallNode(ExprNode function, ExprNode iterable, boolean generator) {
        this.function = function;
        this.iterable = iterable;
        this.generator = generator;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object fn = function.executeGeneric(frame);
        Object iterator = PyObjectGetIterNode.getIterUncached(iterable.executeGeneric(frame));
        Object result = dispatch.execute(fn, new Object[]{iterator}, null, null);
        if (generator) {
            PyList list = (PyList) result;
            return new PyIterator.ListIterator(list);
        }
        return result;
    }
}
