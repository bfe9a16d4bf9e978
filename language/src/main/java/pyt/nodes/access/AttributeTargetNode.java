package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.lib.PyObjectSetAttrNode;
import pyt.nodes.lib.PyObjectSetAttrNodeGen;

/** {@code obj.name = value}. */
public final class AttributeTargetNode extends TargetNode {
    @Child private ExprNode object;
    @Child private PyObjectSetAttrNode setAttr = PyObjectSetAttrNodeGen.create();
    private final String name;

    public AttributeTargetNode(ExprNode object, String name) {
        this.object = object;
        this.name = name.intern();
    }

    @Override
    public void execute(VirtualFrame frame, Object value) {
        setAttr.execute(object.executeGeneric(frame), name, value);
    }
}
