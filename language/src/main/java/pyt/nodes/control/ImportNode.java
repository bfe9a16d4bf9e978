package pyt.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.PytContext;
import pyt.nodes.StmtNode;
import pyt.nodes.access.TargetNode;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyModule;

/**
 * {@code import a} / {@code from a import b}. Only modules implemented in Java are importable
 * so far; importing Python source modules comes with the import system.
 */
public final class ImportNode extends StmtNode {
    private final String module;
    private final boolean bindTop;
    private final String fromName;
    @Child private TargetNode target;

    public ImportNode(String module, boolean bindTop, String fromName, TargetNode target) {
        this.module = module;
        this.bindTop = bindTop;
        this.fromName = fromName;
        this.target = target;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PyModule m = PytContext.get(this).importBuiltinModule(module);
        if (m == null) {
            throw PyErrors.raise(this, PyErr.ModuleNotFoundError, "No module named '%s'", module);
        }
        if (fromName != null) {
            Object v = PyObjectGetAttrNode.lookupUncached(m, fromName);
            if (v == null) {
                throw PyErrors.raise(this, PyErr.ImportError, "cannot import name '%s' from '%s' (unknown location)", fromName, module);
            }
            target.execute(frame, v);
        } else {
            target.execute(frame, m);
        }
    }
}
