package pyt.nodes.access;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.runtime.PyErrors;
import pyt.runtime.PyErr;

/**
 * Reads a local variable from its frame slot, specialized on the slot's current kind like
 * SimpleLanguage's SLReadLocalVariableNode. An unassigned slot raises UnboundLocalError.
 */
public abstract class ReadLocalNode extends ExprNode {
    protected final int slot;
    protected final String name;

    protected ReadLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Specialization(guards = "frame.isLong(slot)")
    protected long readLong(VirtualFrame frame) {
        return frame.getLong(slot);
    }

    @Specialization(guards = "frame.isDouble(slot)")
    protected double readDouble(VirtualFrame frame) {
        return frame.getDouble(slot);
    }

    @Specialization(guards = "frame.isBoolean(slot)")
    protected boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(slot);
    }

    @Specialization(replaces = {"readLong", "readDouble", "readBoolean"})
    protected Object readObject(VirtualFrame frame) {
        Object value = frame.getValue(slot);
        if (value == null) {
            throw PyErrors.raise(this, PyErr.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name);
        }
        return value;
    }
}
