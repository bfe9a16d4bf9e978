package pyt.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;
import pyt.runtime.PyNone;

public final class ReturnNode extends StmtNode {
    @Child private ExprNode value;

    public ReturnNode(ExprNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new ReturnException(value == null ? PyNone.NONE : value.executeGeneric(frame));
    }
}
