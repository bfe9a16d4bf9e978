package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.nodes.lib.PyObjectGetAttrNodeGen;

/** {@code value.name}. */
public final class GetAttributeNode extends ExprNode {
    @Child private ExprNode value;
    @Child private PyObjectGetAttrNode getAttr = PyObjectGetAttrNodeGen.create();
    private final String name;

    public GetAttributeNode(ExprNode value, String name) {
        this.value = value;
        this.name = name.intern();
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return getAttr.execute(value.executeGeneric(frame), name);
    }
}
