package pyt.nodes.function;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

import pyt.PytContext;
import pyt.PytLanguage;
import pyt.runtime.PArguments;
import pyt.runtime.PyModule;

/** What {@code Context.eval} runs: the module body of a source, with the context's {@code __main__} as globals. */
public final class MainRootNode extends RootNode {
    @Child private DirectCallNode body;

    /** The source's absolute path, which becomes {@code __main__.__file__}; null for strings. */
    private final String filePath;

    public MainRootNode(PytLanguage language, RootCallTarget moduleBody, String filePath) {
        super(language);
        this.body = DirectCallNode.create(moduleBody);
        this.filePath = filePath;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PyModule main = PytContext.get(this).getMainModule();
        if (filePath != null && main.get("__file__") == null) {
            main.set("__file__", pyt.runtime.PyStrings.of(filePath));
        }
        Object result = body.call(PArguments.create(null, main, 0));
        // every Python value is an interop value except big ints, which travel wrapped
        return pyt.interop.InteropValues.toInterop(result);
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
