package pyt.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * How resumable statements of a generator body find out that the body is being re-entered:
 * the frame slot holding the "resuming" flag. Statements outside generators get {@code null}.
 */
public final class ResumeSlots {
    private final int resumingSlot;

    public ResumeSlots(int resumingSlot) {
        this.resumingSlot = resumingSlot;
    }

    public boolean isResuming(VirtualFrame frame) {
        return frame.isBoolean(resumingSlot) && frame.getBoolean(resumingSlot);
    }

    public void setResuming(VirtualFrame frame, boolean value) {
        frame.setBoolean(resumingSlot, value);
    }
}
