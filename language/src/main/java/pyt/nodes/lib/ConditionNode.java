package pyt.nodes.lib;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

import pyt.nodes.ExprNode;
import pyt.nodes.PytNode;

/** Evaluates an expression as a condition: directly when it yields a boolean, else through truth testing. */
public final class ConditionNode extends PytNode {
    @Child private ExprNode expr;
    @Child private PyObjectIsTrueNode isTrue;

    public ConditionNode(ExprNode expr) {
        this.expr = expr;
    }

    public boolean execute(VirtualFrame frame) {
        if (isTrue == null) {
            try {
                return expr.executeBoolean(frame);
            } catch (UnexpectedResultException e) {
                com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                isTrue = insert(PyObjectIsTrueNodeGen.create());
                return isTrue.execute(e.getResult());
            }
        }
        return isTrue.execute(expr.executeGeneric(frame));
    }
}
