package pyt.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import pyt.nodes.StmtNode;
import pyt.nodes.generator.ResumeSlots;
import pyt.nodes.lib.ConditionNode;

/** {@code if}/{@code else}. In a generator body the branch taken is kept for resumption. */
public final class IfNode extends StmtNode {
    @Child private ConditionNode condition;
    @Child private StmtNode thenPart;
    @Child private StmtNode elsePart;
    private final CountingConditionProfile profile = CountingConditionProfile.create();
    private final ResumeSlots resume;
    private final int branchSlot;

    public IfNode(ConditionNode condition, StmtNode thenPart, StmtNode elsePart) {
        this(condition, thenPart, elsePart, null, -1);
    }

    public IfNode(ConditionNode condition, StmtNode thenPart, StmtNode elsePart, ResumeSlots resume, int branchSlot) {
        this.condition = condition;
        this.thenPart = thenPart;
        this.elsePart = elsePart;
        this.resume = resume;
        this.branchSlot = branchSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        boolean taken;
        if (resume != null && resume.isResuming(frame)) {
            taken = frame.getInt(branchSlot) == 1;
        } else {
            taken = condition.execute(frame);
            if (resume != null) {
                frame.setInt(branchSlot, taken ? 1 : 2);
            }
        }
        if (profile.profile(taken)) {
            thenPart.executeVoid(frame);
        } else if (elsePart != null) {
            elsePart.executeVoid(frame);
        }
    }
}
