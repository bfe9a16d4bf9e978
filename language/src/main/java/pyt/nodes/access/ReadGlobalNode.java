package pyt.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.PytContext;
import pyt.nodes.ExprNode;
import pyt.runtime.GlobalCell;
import pyt.runtime.PArguments;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyModule;

/**
 * Reads a global, falling back to builtins. The node caches the module's and the builtins'
 * {@link GlobalCell}s, so a read of a stable global (a function, a constant) compiles to a
 * constant.
 */
public final class ReadGlobalNode extends ExprNode {
    private final String name;
    @CompilationFinal private PyModule cachedModule;
    @CompilationFinal private GlobalCell cell;
    @CompilationFinal private GlobalCell builtinCell;
    /** Set when the code ran with a second globals dict (exec): from then on every read looks up. */
    @CompilationFinal private boolean uncached;

    public ReadGlobalNode(String name) {
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PyModule module = PArguments.getGlobals(frame);
        if (uncached) {
            return readUncached(module);
        }
        if (cachedModule == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            cachedModule = module;
            cell = module.cell(name);
            builtinCell = PytContext.get(this).getBuiltins().cell(name);
        }
        if (module != cachedModule) {
            // Deoptimize rather than merge: the cached path's value then stays a compile-time constant.
            CompilerDirectives.transferToInterpreterAndInvalidate();
            uncached = true;
            return readUncached(module);
        }
        Object value = cell.get();
        if (value == null) {
            value = builtinCell.get();
            if (value == null) {
                throw notDefined();
            }
        }
        return value;
    }

    @TruffleBoundary
    private Object readUncached(PyModule module) {
        Object value = module.get(name);
        if (value == null) {
            value = PytContext.get(this).getBuiltins().get(name);
            if (value == null) {
                throw notDefined();
            }
        }
        return value;
    }

    private RuntimeException notDefined() {
        throw PyErrors.raise(this, PyErr.NameError, "name '%s' is not defined", name);
    }
}
