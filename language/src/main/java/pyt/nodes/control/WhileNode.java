package pyt.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import pyt.nodes.StmtNode;
import pyt.nodes.lib.ConditionNode;

/** {@code while} with {@code break}, {@code continue} and {@code else}, as a Truffle LoopNode (OSR-capable). */
public final class WhileNode extends StmtNode {
    @Child private LoopNode loop;
    @Child private StmtNode orelse;

    public WhileNode(ConditionNode condition, StmtNode body, StmtNode orelse) {
        this.loop = Truffle.getRuntime().createLoopNode(new Body(condition, body));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result = loop.execute(frame);
        if (result != LoopResult.BROKE && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class Body extends Node implements RepeatingNode {
        @Child private ConditionNode condition;
        @Child private StmtNode body;

        Body(ConditionNode condition, StmtNode body) {
            this.condition = condition;
            this.body = body;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (!condition.execute(frame)) {
                return LoopResult.DONE;
            }
            try {
                body.executeVoid(frame);
            } catch (BreakException e) {
                return LoopResult.BROKE;
            } catch (ContinueException e) {
                // next iteration
            }
            return CONTINUE_LOOP_STATUS;
        }

        @Override
        public Object initialLoopStatus() {
            return CONTINUE_LOOP_STATUS;
        }

        @Override
        public boolean shouldContinue(Object returnValue) {
            return returnValue == CONTINUE_LOOP_STATUS;
        }
    }
}
