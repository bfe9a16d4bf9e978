package pyt.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.runtime.GlobalCell;
import pyt.runtime.PArguments;
import pyt.runtime.PyModule;

/** Assigns a global variable through its cached {@link GlobalCell}. */
public final class WriteGlobalNode extends TargetNode {
    private final String name;
    @CompilationFinal private PyModule cachedModule;
    @CompilationFinal private GlobalCell cell;

    public WriteGlobalNode(String name) {
        this.name = name;
    }

    @Override
    public void execute(VirtualFrame frame, Object value) {
        PyModule module = PArguments.getGlobals(frame);
        if (cachedModule == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            cachedModule = module;
            cell = module.cell(name);
        }
        if (module != cachedModule) {
            module.set(name, value);
            return;
        }
        cell.set(value);
    }
}
