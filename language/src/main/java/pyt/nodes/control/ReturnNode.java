package pyt.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;
import pyt.runtime.PyNone;

/** {@code return value}: stores the value in the function's return slot and unwinds to its root. */
public final class ReturnNode extends StmtNode {
    @Child private ExprNode value;
    private final int returnSlot;

    public ReturnNode(ExprNode value, int returnSlot) {
        this.value = value;
        this.returnSlot = returnSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        frame.setObject(returnSlot, value == null ? PyNone.NONE : value.executeGeneric(frame));
        throw ReturnException.INSTANCE;
    }
}
