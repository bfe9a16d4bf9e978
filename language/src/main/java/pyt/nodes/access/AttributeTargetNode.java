package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.lib.PyObjectSetAttrNode;

/** {@code obj.name = value}. */
public final class AttributeTargetNode extends TargetNode {
    @Child private ExprNode object;
    private final String name;

    public AttributeTargetNode(ExprNode object, String name) {
        this.object = object;
        this.name = name;
    }

    @Override
    public void execute(VirtualFrame frame, Object value) {
        PyObjectSetAttrNode.setUncached(object.executeGeneric(frame), name, value);
    }
}
