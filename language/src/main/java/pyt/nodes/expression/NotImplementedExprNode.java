package pyt.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;

/** An expression pyt parses but cannot evaluate yet: raises NotImplementedError naming it. */
public final class NotImplementedExprNode extends ExprNode {
    private final String what;

    public NotImplementedExprNode(String what) {
        this.what = what;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        throw PyErrors.raise(this, PyErr.NotImplementedError, "pyt does not support %s yet", what);
    }
}
