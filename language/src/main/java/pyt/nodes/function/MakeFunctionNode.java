package pyt.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.nodes.ExprNode;
import pyt.runtime.PArguments;
import pyt.runtime.PyCell;
import pyt.runtime.PyCode;
import pyt.runtime.PyFunction;

/**
 * Executes a {@code def} or {@code lambda}: evaluates the defaults and collects the closure
 * cells from the current frame into a new function object.
 */
public final class MakeFunctionNode extends ExprNode {
    private final PyCode code;
    private final String qualname;
    @Children private final ExprNode[] defaults;
    /** One per keyword-only parameter; null entries have no default. */
    @Children private final ExprNode[] kwDefaults;
    /** Frame slots in the defining scope holding the cells the new function closes over. */
    private final int[] closureSlots;
    private final Object doc;

    public MakeFunctionNode(PyCode code, String qualname, ExprNode[] defaults, ExprNode[] kwDefaults, int[] closureSlots,
                    Object doc) {
        this.code = code;
        this.qualname = qualname;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closureSlots = closureSlots;
        this.doc = doc;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] defaultValues = new Object[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            defaultValues[i] = defaults[i].executeGeneric(frame);
        }
        Object[] kwDefaultValues = new Object[kwDefaults.length];
        for (int i = 0; i < kwDefaults.length; i++) {
            kwDefaultValues[i] = kwDefaults[i] == null ? null : kwDefaults[i].executeGeneric(frame);
        }
        PyCell[] closure = new PyCell[closureSlots.length];
        for (int i = 0; i < closureSlots.length; i++) {
            closure[i] = (PyCell) frame.getObject(closureSlots[i]);
        }
        PyFunction fn = new PyFunction(code, qualname, PArguments.getGlobals(frame), defaultValues, kwDefaultValues, closure);
        if (doc != null) {
            fn.setDoc(doc);
        }
        return fn;
    }
}
