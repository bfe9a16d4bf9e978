package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.runtime.PyCell;

/** Assigns a variable that lives in a closure cell. */
public final class WriteCellNode extends TargetNode {
    private final int slot;

    public WriteCellNode(int slot) {
        this.slot = slot;
    }

    @Override
    public void execute(VirtualFrame frame, Object value) {
        ((PyCell) frame.getObject(slot)).value = value;
    }
}
