package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.runtime.PArguments;

/** An assignment in a class body: stores into the class namespace. */
public final class WriteClassLocalNode extends TargetNode {
    private final String name;

    public WriteClassLocalNode(String name) {
        this.name = name;
    }

    @Override
    public void execute(VirtualFrame frame, Object value) {
        ClassNamespace.set(PArguments.getParameter(frame, 0), name, value);
    }
}
