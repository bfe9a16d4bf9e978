package pyt.nodes.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.runtime.PyGenerator;

/** What a generator function's own call target returns: a new generator over the real body. */
public final class MakeGeneratorNode extends ExprNode {
    private final RootCallTarget body;
    private final String name;
    private final String qualname;

    public MakeGeneratorNode(RootCallTarget body, String name, String qualname) {
        this.body = body;
        this.name = name;
        this.qualname = qualname;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return new PyGenerator(body, frame.getArguments(), name, qualname);
    }
}
