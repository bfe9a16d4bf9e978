package pyt.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;
import pyt.nodes.access.TargetNode;
import pyt.nodes.generator.ResumeSlots;
import pyt.nodes.lib.PyIterNextNode;
import pyt.nodes.lib.PyObjectGetIterNode;
import pyt.runtime.PyRange;

/**
 * {@code for target in iterable}: a LoopNode (OSR-capable) over the iterator, kept in a frame
 * slot. A loop over a {@code range} counts in that slot instead of allocating an iterator.
 * In a generator body a plain Java loop runs instead, and a resumed body re-enters the
 * iteration that yielded without advancing the iterator.
 */
public final class ForNode extends StmtNode {
    @Child private ExprNode iterable;
    @Child private LoopNode rangeLoop;
    @Child private LoopNode genericLoop;
    @Child private Body rangeBody;
    @Child private IteratorBody iteratorBody;
    @Child private StmtNode orelse;
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNode.create();
    private final TargetNode target;
    private final StmtNode body;
    private final int stateSlot;
    private final ResumeSlots resume;

    public ForNode(ExprNode iterable, TargetNode target, StmtNode body, StmtNode orelse, int stateSlot) {
        this(iterable, target, body, orelse, stateSlot, null);
    }

    public ForNode(ExprNode iterable, TargetNode target, StmtNode body, StmtNode orelse, int stateSlot, ResumeSlots resume) {
        this.iterable = iterable;
        this.target = target;
        this.body = body;
        this.orelse = orelse;
        this.stateSlot = stateSlot;
        this.resume = resume;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result;
        if (resume != null) {
            result = executeInGenerator(frame);
        } else {
            Object it = iterable.executeGeneric(frame);
            if (it instanceof PyRange r && r.step() == 1) {
                if (rangeLoop == null) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    rangeLoop = insert(Truffle.getRuntime().createLoopNode(new RangeBody(target, body, stateSlot, null)));
                }
                frame.setObject(stateSlot, new long[]{r.start(), r.stop()});
                result = rangeLoop.execute(frame);
            } else {
                if (genericLoop == null) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    genericLoop = insert(Truffle.getRuntime().createLoopNode(new IteratorBody(target, body, stateSlot, null)));
                }
                frame.setObject(stateSlot, getIter.execute(it));
                result = genericLoop.execute(frame);
            }
        }
        if (result != LoopResult.BROKE && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private Object executeInGenerator(VirtualFrame frame) {
        if (!resume.isResuming(frame)) {
            Object it = iterable.executeGeneric(frame);
            frame.setObject(stateSlot, getIter.execute(it));
        }
        if (iteratorBody == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            iteratorBody = insert(new IteratorBody(target, body, stateSlot, resume));
        }
        // The iteration a resumption re-enters runs before the loop, so the loop itself only
        // ever runs fresh iterations. With both in one loop, Graal's speculative guard movement
        // hoisted a bounds check to the loop entry that failed there, deoptimizing each
        // compiled pipeline again and again (docs/generators.md).
        Object result = iteratorBody.executeRepeatingWithValue(frame);
        while (result == RepeatingNode.CONTINUE_LOOP_STATUS) {
            result = iteratorBody.executeFresh(frame);
        }
        return result;
    }

    private abstract static class Body extends Node implements RepeatingNode {
        @Child protected TargetNode target;
        @Child protected StmtNode body;
        protected final int slot;
        protected final ResumeSlots resume;

        Body(TargetNode target, StmtNode body, int slot, ResumeSlots resume) {
            this.target = target;
            this.body = body;
            this.slot = slot;
            this.resume = resume;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException();
        }

        protected final Object runBody(VirtualFrame frame) {
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

    private static final class RangeBody extends Body {
        RangeBody(TargetNode target, StmtNode body, int slot, ResumeSlots resume) {
            super(target, body, slot, resume);
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            long[] state = (long[]) frame.getObject(slot);
            long i = state[0];
            if (i >= state[1]) {
                return LoopResult.DONE;
            }
            state[0] = i + 1;
            target.execute(frame, i);
            return runBody(frame);
        }
    }

    private static final class IteratorBody extends Body {
        @Child private PyIterNextNode next = PyIterNextNode.create();

        IteratorBody(TargetNode target, StmtNode body, int slot, ResumeSlots resume) {
            super(target, body, slot, resume);
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (resume != null && resume.isResuming(frame)) {
                return runBody(frame);
            }
            return executeFresh(frame);
        }

        /** An iteration that takes the next item, never a resumed one. */
        Object executeFresh(VirtualFrame frame) {
            Object item = next.execute(frame.getObject(slot));
            if (item == null) {
                return LoopResult.DONE;
            }
            target.execute(frame, item);
            return runBody(frame);
        }
    }
}
