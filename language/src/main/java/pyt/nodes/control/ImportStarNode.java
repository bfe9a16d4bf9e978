package pyt.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytContext;
import pyt.nodes.StmtNode;
import pyt.nodes.lib.Iteration;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.runtime.Importer;
import pyt.runtime.PArguments;
import pyt.runtime.PyModule;
import pyt.runtime.PyStrings;

/** {@code from module import *} (module level only): the names in {@code __all__}, else the public ones. */
public final class ImportStarNode extends StmtNode {
    private final String module;
    private final int level;

    public ImportStarNode(String module, int level) {
        this.module = module;
        this.level = level;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        importAll(PArguments.getGlobals(frame));
    }

    @TruffleBoundary
    private void importAll(PyModule globals) {
        PytContext context = PytContext.get(this);
        String name = level > 0 ? Importer.resolveRelative(globals, module, level) : module;
        PyModule m = Importer.importModule(context, name);
        Object all = m.get("__all__");
        if (all != null) {
            for (Object n : Iteration.toArray(all)) {
                String key = PyStrings.toJava((TruffleString) n);
                globals.set(key, PyObjectGetAttrNode.getUncached(m, key));
            }
            return;
        }
        for (java.util.Map.Entry<String, Object> e : m.snapshot().entrySet()) {
            if (!e.getKey().startsWith("_")) {
                globals.set(e.getKey(), e.getValue());
            }
        }
    }
}
