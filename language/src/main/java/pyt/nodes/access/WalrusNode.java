package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;

/** {@code (name := value)}: assigns and yields the value. */
public final class WalrusNode extends ExprNode {
    @Child private ExprNode value;
    @Child private TargetNode target;

    public WalrusNode(ExprNode value, TargetNode target) {
        this.value = value;
        this.target = target;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        target.execute(frame, v);
        return v;
    }
}
