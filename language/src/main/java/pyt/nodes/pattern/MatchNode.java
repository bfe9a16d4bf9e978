package pyt.nodes.pattern;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;
import pyt.nodes.generator.ResumeSlots;

/**
 * The {@code match} statement: evaluates the subject once and runs the body of the first case
 * whose pattern and guard succeed. In a generator body a frame slot records where the
 * statement is (the subject, the guard of case i, or the body of case i) and another keeps the
 * subject, so that a resumption goes straight back to the guard or body that yielded.
 */
public final class MatchNode extends StmtNode {
    private static final int IN_SUBJECT = -1;
    /** {@code IN_GUARD - i} while the guard of case i runs. */
    private static final int IN_GUARD = -2;

    @Child private ExprNode subject;
    @Children private final MatchCaseNode[] cases;
    private final ResumeSlots resume;
    private final int stateSlot;
    private final int subjectSlot;

    public MatchNode(ExprNode subject, MatchCaseNode[] cases) {
        this(subject, cases, null, -1, -1);
    }

    public MatchNode(ExprNode subject, MatchCaseNode[] cases, ResumeSlots resume, int stateSlot, int subjectSlot) {
        this.subject = subject;
        this.cases = cases;
        this.resume = resume;
        this.stateSlot = stateSlot;
        this.subjectSlot = subjectSlot;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        if (resume == null) {
            Object value = subject.executeGeneric(frame);
            for (MatchCaseNode c : cases) {
                if (c.matches(frame, value)) {
                    c.executeBody(frame);
                    return;
                }
            }
            return;
        }
        if (resume.isResuming(frame)) {
            int state = frame.getInt(stateSlot);
            if (state != IN_SUBJECT) {
                resumeIn(frame, state);
                return;
            }
        }
        frame.setInt(stateSlot, IN_SUBJECT);
        Object value = subject.executeGeneric(frame);
        frame.setObject(subjectSlot, value);
        tryCases(frame, value, 0);
    }

    /** In a generator: tries the cases from {@code first} on, recording the state before each guard and body. */
    @ExplodeLoop
    private void tryCases(VirtualFrame frame, Object value, int first) {
        for (int i = 0; i < cases.length; i++) {
            if (i >= first) {
                frame.setInt(stateSlot, IN_GUARD - i);
                if (cases[i].matches(frame, value)) {
                    frame.setInt(stateSlot, i);
                    cases[i].executeBody(frame);
                    return;
                }
            }
        }
    }

    /** Goes back to the body or guard that yielded. */
    @ExplodeLoop
    private void resumeIn(VirtualFrame frame, int state) {
        for (int i = 0; i < cases.length; i++) {
            if (state == i) {
                cases[i].executeBody(frame);
                return;
            } else if (state == IN_GUARD - i) {
                if (cases[i].passesGuard(frame)) {
                    frame.setInt(stateSlot, i);
                    cases[i].executeBody(frame);
                } else {
                    tryCases(frame, frame.getObject(subjectSlot), i + 1);
                }
                return;
            }
        }
    }
}
