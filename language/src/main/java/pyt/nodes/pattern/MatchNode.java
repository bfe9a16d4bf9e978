package pyt.nodes.pattern;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;
import pyt.nodes.generator.ResumeSlots;

/**
 * The {@code match} statement: evaluates the subject once and runs the body of the first case
 * whose pattern and guard succeed. In a generator body the chosen case is kept in a frame slot
 * so that a resumption re-enters that body without matching again.
 */
public final class MatchNode extends StmtNode {
    private static final int NO_CASE = -1;

    @Child private ExprNode subject;
    @Children private final MatchCaseNode[] cases;
    private final ResumeSlots resume;
    private final int caseSlot;

    public MatchNode(ExprNode subject, MatchCaseNode[] cases, ResumeSlots resume, int caseSlot) {
        this.subject = subject;
        this.cases = cases;
        this.resume = resume;
        this.caseSlot = caseSlot;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        if (resume != null) {
            if (resume.isResuming(frame) && frame.getInt(caseSlot) != NO_CASE) {
                resumeCase(frame, frame.getInt(caseSlot));
                return;
            }
            frame.setInt(caseSlot, NO_CASE);
        }
        Object value = subject.executeGeneric(frame);
        for (int i = 0; i < cases.length; i++) {
            if (cases[i].matches(frame, value)) {
                if (resume != null) {
                    frame.setInt(caseSlot, i);
                }
                cases[i].executeBody(frame);
                return;
            }
        }
    }

    @ExplodeLoop
    private void resumeCase(VirtualFrame frame, int chosen) {
        for (int i = 0; i < cases.length; i++) {
            if (i == chosen) {
                cases[i].executeBody(frame);
                return;
            }
        }
    }
}
