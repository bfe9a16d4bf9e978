package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.PytContext;
import pyt.nodes.ExprNode;
import pyt.runtime.PArguments;
import pyt.runtime.PyCell;
import pyt.runtime.PyDict;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyStrings;

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
        PyDict namespace = (PyDict) PArguments.getParameter(frame, 0);
        Object v = namespace.get(PyStrings.of(name));
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
