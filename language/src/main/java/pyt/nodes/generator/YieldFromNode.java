package pyt.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.PytLanguage;
import pyt.nodes.ExprNode;
import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.lib.PyIterNextNode;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.nodes.lib.PyObjectGetIterNode;
import pyt.runtime.PyException;
import pyt.runtime.PyGenerator;
import pyt.runtime.PyNone;
import pyt.runtime.PyTuple;

/**
 * {@code yield from iterable}: yields each value of the sub-iterator (kept in a frame slot
 * across resumptions), passing sent values on to a sub-generator; evaluates to the
 * sub-generator's return value.
 */
public final class YieldFromNode extends ExprNode {
    @Child private ExprNode iterable;
    private final ResumeSlots resume;
    private final int iteratorSlot;

    public YieldFromNode(ExprNode iterable, ResumeSlots resume, int iteratorSlot) {
        this.iterable = iterable;
        this.resume = resume;
        this.iteratorSlot = iteratorSlot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object iterator;
        Object sent = PyNone.NONE;
        if (resume.isResuming(frame)) {
            resume.setResuming(frame, false);
            iterator = frame.getObject(iteratorSlot);
            sent = GeneratorBodyRootNode.generator(frame).takeSent();
        } else {
            iterator = PyObjectGetIterNode.getIterUncached(iterable.executeGeneric(frame));
            frame.setObject(iteratorSlot, iterator);
        }
        Object[] step = advance(iterator, sent);
        if (step[0] == Boolean.TRUE) {
            return step[1];
        }
        throw new YieldException(step[1]);
    }

    /** {@code [done, value]}: the next value to yield, or the final result. */
    @TruffleBoundary
    private static Object[] advance(Object iterator, Object sent) {
        if (iterator instanceof PyGenerator g) {
            Object r = g.resume(sent, null);
            if (r instanceof PyGenerator.Finished f) {
                return new Object[]{Boolean.TRUE, f.value};
            }
            return new Object[]{Boolean.FALSE, r};
        }
        try {
            Object v;
            if (sent == PyNone.NONE) {
                v = PyIterNextNode.next(iterator);
            } else {
                v = CallDispatchNode.callUncached(PyObjectGetAttrNode.getUncached(iterator, "send"), sent);
            }
            return v == null ? new Object[]{Boolean.TRUE, PyNone.NONE} : new Object[]{Boolean.FALSE, v};
        } catch (PyException e) {
            if (e.getPyType().isSubtypeOf(PytLanguage.get(null).types().StopIteration)) {
                PyTuple args = e.getPyObject().getArgs();
                return new Object[]{Boolean.TRUE, args.size() > 0 ? args.get(0) : PyNone.NONE};
            }
            throw e;
        }
    }
}
