package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;

/** Assignment in a class body. Class statements arrive with the data-model work; until then this raises. */
public final class WriteClassLocalNode extends TargetNode {
    private final String name;

    public WriteClassLocalNode(String name) {
        this.name = name;
    }

    @Override
    public void execute(VirtualFrame frame, Object value) {
        throw PyErrors.raise(this, PyErr.NotImplementedError, "class body variable '%s'", name);
    }
}
