package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.PytContext;
import pyt.nodes.ExprNode;
import pyt.runtime.PArguments;
import pyt.runtime.PyCell;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;

/**
 * A name read in a class body: the class namespace first, then (for a name an enclosing
 * function binds) its cell, else globals and builtins.
 */
public final class ReadClassLocalNode extends ExprNode {
    private final String name;
    private final int freeSlot;

    public ReadClassLocalNode(String name, int freeSlot) {
        this.name = name;
        this.freeSlot = freeSlot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = ClassNamespace.get(PArguments.getParameter(frame, 0), name);
        if (v != null) {
            return v;
        }
        if (freeSlot >= 0) {
            Object cellValue = ((PyCell) frame.getObject(freeSlot)).value;
            if (cellValue != null) {
                return cellValue;
            }
        }
        v = PArguments.getGlobals(frame).get(name);
        if (v == null) {
            v = PytContext.get(this).getBuiltins().get(name);
        }
        if (v == null) {
            throw PyErrors.raise(this, PyErr.NameError, "name '%s' is not defined", name);
        }
        return v;
    }
}
