package pyt.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import pyt.nodes.StmtNode;
import pyt.nodes.generator.ResumeSlots;
import pyt.nodes.lib.ConditionNode;

/**
 * {@code while} with {@code break}, {@code continue} and {@code else}, as a Truffle LoopNode
 * (OSR-capable). In a generator body a plain Java loop runs instead, and a resumed body skips
 * the condition once to re-enter the iteration that yielded.
 */
public final class WhileNode extends StmtNode {
    @Child private LoopNode loop;
    @Child private Body generatorBody;
    @Child private StmtNode orelse;
    private final ResumeSlots resume;

    public WhileNode(ConditionNode condition, StmtNode body, StmtNode orelse) {
        this(condition, body, orelse, null);
    }

    public WhileNode(ConditionNode condition, StmtNode body, StmtNode orelse, ResumeSlots resume) {
        Body b = new Body(condition, body, resume);
        if (resume == null) {
            this.loop = Truffle.getRuntime().createLoopNode(b);
        } else {
            this.generatorBody = b;
        }
        this.orelse = orelse;
        this.resume = resume;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result;
        if (resume == null) {
            result = loop.execute(frame);
        } else {
            // the iteration a resumption re-enters runs before the loop (see ForNode)
            result = generatorBody.executeRepeatingWithValue(frame);
            while (result == RepeatingNode.CONTINUE_LOOP_STATUS) {
                result = generatorBody.executeFresh(frame);
            }
        }
        if (result != LoopResult.BROKE && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class Body extends Node implements RepeatingNode {
        @Child private ConditionNode condition;
        @Child private StmtNode body;
        private final ResumeSlots resume;

        Body(ConditionNode condition, StmtNode body, ResumeSlots resume) {
            this.condition = condition;
            this.body = body;
            this.resume = resume;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (resume != null && resume.isResuming(frame)) {
                return runBody(frame);
            }
            return executeFresh(frame);
        }

        /** An iteration that starts with the condition, never a resumed one. */
        Object executeFresh(VirtualFrame frame) {
            if (!condition.execute(frame)) {
                return LoopResult.DONE;
            }
            return runBody(frame);
        }

        private Object runBody(VirtualFrame frame) {
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
