package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.lib.PyObjectSetItemNode;

/** {@code obj[key] = value}. */
public final class SubscriptTargetNode extends TargetNode {
    @Child private ExprNode object;
    @Child private ExprNode key;
    @Child private PyObjectSetItemNode setItem = PyObjectSetItemNode.create();

    public SubscriptTargetNode(ExprNode object, ExprNode key) {
        this.object = object;
        this.key = key;
    }

    @Override
    public void execute(VirtualFrame frame, Object value) {
        Object o = object.executeGeneric(frame);
        setItem.execute(o, key.executeGeneric(frame), value);
    }
}
