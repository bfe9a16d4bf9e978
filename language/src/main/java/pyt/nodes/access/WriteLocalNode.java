package pyt.nodes.access;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;


/**
 * Stores into a local's frame slot, keeping primitive slot kinds while the values stay
 * primitive (SimpleLanguage's SLWriteLocalVariableNode scheme).
 */
public abstract class WriteLocalNode extends TargetNode {
    protected final int slot;

    protected WriteLocalNode(int slot) {
        this.slot = slot;
    }

    @Override
    public abstract void execute(VirtualFrame frame, Object value);

    @Specialization(guards = "isLongOrIllegal(frame)")
    protected void writeLong(VirtualFrame frame, long value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Long);
        frame.setLong(slot, value);
    }

    @Specialization(guards = "isDoubleOrIllegal(frame)")
    protected void writeDouble(VirtualFrame frame, double value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Double);
        frame.setDouble(slot, value);
    }

    @Specialization(guards = "isBooleanOrIllegal(frame)")
    protected void writeBoolean(VirtualFrame frame, boolean value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Boolean);
        frame.setBoolean(slot, value);
    }

    @Specialization(replaces = {"writeLong", "writeDouble", "writeBoolean"})
    protected void writeObject(VirtualFrame frame, Object value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
        frame.setObject(slot, value);
    }

    protected boolean isLongOrIllegal(VirtualFrame frame) {
        FrameSlotKind kind = frame.getFrameDescriptor().getSlotKind(slot);
        return kind == FrameSlotKind.Long || kind == FrameSlotKind.Illegal;
    }

    protected boolean isDoubleOrIllegal(VirtualFrame frame) {
        FrameSlotKind kind = frame.getFrameDescriptor().getSlotKind(slot);
        return kind == FrameSlotKind.Double || kind == FrameSlotKind.Illegal;
    }

    protected boolean isBooleanOrIllegal(VirtualFrame frame) {
        FrameSlotKind kind = frame.getFrameDescriptor().getSlotKind(slot);
        return kind == FrameSlotKind.Boolean || kind == FrameSlotKind.Illegal;
    }
}
