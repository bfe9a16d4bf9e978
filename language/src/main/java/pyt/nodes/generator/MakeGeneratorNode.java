package pyt.nodes.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.runtime.PyGenerator;

/** What a generator function's own call target returns: a new generator over the real body. */
public final class MakeGeneratorNode extends ExprNode {
    private final RootCallTarget body;
    private final FrameDescriptor bodyDescriptor;
    private final String name;
    private final String qualname;

    public MakeGeneratorNode(GeneratorBodyRootNode bodyRoot, String name, String qualname) {
        this.body = bodyRoot.getCallTarget();
        this.bodyDescriptor = bodyRoot.getBodyDescriptor();
        this.name = name;
        this.qualname = qualname;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return new PyGenerator(body, bodyDescriptor, frame.getArguments(), name, qualname);
    }
}
