package pyt.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.PytContext;
import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;
import pyt.nodes.call.CallDispatchNode;

/** An expression statement typed at the REPL: its value goes to {@code sys.displayhook}. */
public final class PrintExprNode extends StmtNode {
    @Child private ExprNode expr;

    public PrintExprNode(ExprNode expr) {
        this.expr = expr;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = expr.executeGeneric(frame);
        Object hook = PytContext.get(this).importBuiltinModule("sys").get("displayhook");
        CallDispatchNode.callUncached(hook, value);
    }
}
