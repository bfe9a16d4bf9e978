package pyt.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import pyt.nodes.StmtNode;
import pyt.nodes.lib.ConditionNode;

public final class IfNode extends StmtNode {
    @Child private ConditionNode condition;
    @Child private StmtNode thenPart;
    @Child private StmtNode elsePart;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(ConditionNode condition, StmtNode thenPart, StmtNode elsePart) {
        this.condition = condition;
        this.thenPart = thenPart;
        this.elsePart = elsePart;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(condition.execute(frame))) {
            thenPart.executeVoid(frame);
        } else if (elsePart != null) {
            elsePart.executeVoid(frame);
        }
    }
}
