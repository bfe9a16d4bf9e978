package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;

/** {@code t1 = t2 = value}: evaluates the value once, then assigns the targets left to right. */
public final class AssignNode extends StmtNode {
    @Child private ExprNode value;
    @Children private final TargetNode[] targets;

    public AssignNode(ExprNode value, TargetNode[] targets) {
        this.value = value;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        for (TargetNode t : targets) {
            t.execute(frame, v);
        }
    }
}
