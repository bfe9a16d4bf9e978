package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.lib.PyObjectGetAttrNode;

/** {@code value.name}. */
public final class GetAttributeNode extends ExprNode {
    @Child private ExprNode value;
    private final String name;

    public GetAttributeNode(ExprNode value, String name) {
        this.value = value;
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return PyObjectGetAttrNode.getUncached(value.executeGeneric(frame), name);
    }
}
