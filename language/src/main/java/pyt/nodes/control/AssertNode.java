package pyt.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.PytLanguage;
import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;
import pyt.nodes.lib.ConditionNode;
import pyt.runtime.PyErrors;

/** {@code assert test, msg}. */
public final class AssertNode extends StmtNode {
    @Child private ConditionNode test;
    @Child private ExprNode message;

    public AssertNode(ConditionNode test, ExprNode message) {
        this.test = test;
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!test.execute(frame)) {
            if (message == null) {
                throw PyErrors.raiseWithArgs(this, PytLanguage.get(this).types().AssertionError);
            }
            throw PyErrors.raiseWithArgs(this, PytLanguage.get(this).types().AssertionError, message.executeGeneric(frame));
        }
    }
}
