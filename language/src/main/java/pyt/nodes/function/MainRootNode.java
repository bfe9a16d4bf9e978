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

    public MainRootNode(PytLanguage language, RootCallTarget moduleBody) {
        super(language);
        this.body = DirectCallNode.create(moduleBody);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PyModule main = PytContext.get(this).getMainModule();
        return body.call(PArguments.create(null, main, 0));
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
