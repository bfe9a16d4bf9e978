package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.lib.PyObjectGetItemNode;

/** {@code value[key]}. */
public final class GetItemNode extends ExprNode {
    @Child private ExprNode value;
    @Child private ExprNode key;
    @Child private PyObjectGetItemNode getItem = PyObjectGetItemNode.create();

    public GetItemNode(ExprNode value, ExprNode key) {
        this.value = value;
        this.key = key;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        return getItem.execute(v, key.executeGeneric(frame));
    }
}
