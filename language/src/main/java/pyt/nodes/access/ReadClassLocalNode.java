package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;

/** A name bound in a class body. Class statements arrive with the data-model work; until then this raises. */
public final class ReadClassLocalNode extends ExprNode {
    private final String name;

    public ReadClassLocalNode(String name, int freeSlot) {
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        throw PyErrors.raise(this, PyErr.NotImplementedError, "class body variable '%s'", name);
    }
}
