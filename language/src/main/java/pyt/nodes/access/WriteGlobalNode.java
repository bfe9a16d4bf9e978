package pyt.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.runtime.GlobalCell;
import pyt.runtime.PArguments;
import pyt.runtime.PyModule;

/** Assigns a global variable through its cached {@link GlobalCell}. */
public final class WriteGlobalNode extends TargetNode {
    private final String name;
    @CompilationFinal private PyModule cachedModule;
    @CompilationFinal private GlobalCell cell;
    /** Set when the code ran with a second globals dict (exec): from then on every write looks up. */
    @CompilationFinal private boolean uncached;

    public WriteGlobalNode(String name) {
        this.name = name;
    }

    @Override
    public void execute(VirtualFrame frame, Object value) {
        PyModule module = PArguments.getGlobals(frame);
        if (uncached) {
            setUncached(module, value);
            return;
        }
        if (cachedModule == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            cachedModule = module;
            cell = module.cell(name);
        }
        if (module != cachedModule) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            uncached = true;
            setUncached(module, value);
            return;
        }
        cell.set(value);
    }

    @TruffleBoundary
    private void setUncached(PyModule module, Object value) {
        module.set(name, value);
    }
}
