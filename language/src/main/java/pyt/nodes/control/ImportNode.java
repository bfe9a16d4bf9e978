package pyt.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.PytContext;
import pyt.nodes.StmtNode;
import pyt.nodes.access.TargetNode;
import pyt.runtime.Importer;
import pyt.runtime.PArguments;
import pyt.runtime.PyModule;

/**
 * {@code import a.b [as x]} and {@code from a.b import c [as x]}, relative forms included:
 * resolves the module through the {@link Importer} and binds one name.
 */
public final class ImportNode extends StmtNode {
    private final String module;
    private final int level;
    private final boolean bindTop;
    private final String fromName;
    @Child private TargetNode target;

    public ImportNode(String module, int level, boolean bindTop, String fromName, TargetNode target) {
        this.module = module;
        this.level = level;
        this.bindTop = bindTop;
        this.fromName = fromName;
        this.target = target;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        target.execute(frame, resolve(PArguments.getGlobals(frame)));
    }

    @TruffleBoundary
    private Object resolve(PyModule globals) {
        PytContext context = PytContext.get(this);
        String name = level > 0 ? Importer.resolveRelative(globals, module, level) : module;
        PyModule m = Importer.importModule(context, name);
        if (fromName != null) {
            return Importer.importFrom(context, m, fromName);
        }
        if (bindTop && name.indexOf('.') >= 0) {
            return context.getModule(name.substring(0, name.indexOf('.')));
        }
        return m;
    }
}
