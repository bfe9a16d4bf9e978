package pyt.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;

/** An expression evaluated for its effect; its value is dropped. */
public final class ExprStmtNode extends StmtNode {
    @Child private ExprNode expr;

    public ExprStmtNode(ExprNode expr) {
        this.expr = expr;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        expr.executeGeneric(frame);
    }
}
