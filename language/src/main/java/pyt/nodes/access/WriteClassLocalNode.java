package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.runtime.PArguments;
import pyt.runtime.PyDict;
import pyt.runtime.PyStrings;

/** An assignment in a class body: stores into the class namespace. */
public final class WriteClassLocalNode extends TargetNode {
    private final String name;

    public WriteClassLocalNode(String name) {
        this.name = name;
    }

    @Override
    public void execute(VirtualFrame frame, Object value) {
        PyDict namespace = (PyDict) PArguments.getParameter(frame, 0);
        if (value == null) {
            namespace.remove(PyStrings.of(name));
        } else {
            namespace.put(PyStrings.of(name), value);
        }
    }
}
