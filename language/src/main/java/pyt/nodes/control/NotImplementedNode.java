package pyt.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.StmtNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;

/** A construct pyt parses but cannot run yet: raises NotImplementedError naming it when reached. */
public final class NotImplementedNode extends StmtNode {
    private final String what;

    public NotImplementedNode(String what) {
        this.what = what;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw PyErrors.raise(this, PyErr.NotImplementedError, "pyt does not support %s yet", what);
    }
}
