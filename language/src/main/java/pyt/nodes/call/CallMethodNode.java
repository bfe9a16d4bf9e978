package pyt.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.nodes.ExprNode;

/** {@code receiver.name(args)}: evaluates the receiver and the arguments, then {@link MethodInvokeNode} calls. */
public final class CallMethodNode extends ExprNode {
    @Child private ExprNode receiver;
    @Children private final ExprNode[] args;
    @Child private MethodInvokeNode invoke;

    public CallMethodNode(ExprNode receiver, String name, ExprNode[] args) {
        this.receiver = receiver;
        this.args = args;
        this.invoke = MethodInvokeNode.create(name);
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        Object[] values = new Object[args.length + 1];
        values[0] = self;
        for (int i = 0; i < args.length; i++) {
            values[i + 1] = args[i].executeGeneric(frame);
        }
        return invoke.execute(self, values);
    }
}
