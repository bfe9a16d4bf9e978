package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.runtime.PyCell;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;

/** Reads a variable that lives in a closure cell (a cell or free variable of the function). */
public final class ReadCellNode extends ExprNode {
    private final int slot;
    private final String name;
    private final boolean free;

    public ReadCellNode(int slot, String name, boolean free) {
        this.slot = slot;
        this.name = name;
        this.free = free;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = ((PyCell) frame.getObject(slot)).value;
        if (value == null) {
            if (free) {
                throw PyErrors.raise(this, PyErr.NameError,
                                "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
            }
            throw PyErrors.raise(this, PyErr.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name);
        }
        return value;
    }
}
