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
 * sub-generator's return value. {@code throw()} and {@code close()} are delegated the same way.
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
        PyException thrown = null;
        if (resume.isResuming(frame)) {
            resume.setResuming(frame, false);
            iterator = frame.getObject(iteratorSlot);
            PyGenerator gen = GeneratorBodyRootNode.generator(frame);
            thrown = gen.takeThrown();
            sent = gen.takeSent();
        } else {
            iterator = PyObjectGetIterNode.getIterUncached(iterable.executeGeneric(frame));
            frame.setObject(iteratorSlot, iterator);
        }
        Object[] step = thrown == null ? advance(iterator, sent) : delegateThrow(iterator, thrown);
        if (step[0] == Boolean.TRUE) {
            return step[1];
        }
        throw new YieldException(step[1]);
    }

    /** {@code [done, value]}: the next value to yield, or the final result. */
    @TruffleBoundary
    private static Object[] advance(Object iterator, Object sent) {
        if (iterator instanceof PyGenerator g) {
            return finishedOrYielded(g.resume(sent, null));
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
            return stopIterationResult(e);
        }
    }

    /**
     * What {@code throw()} or {@code close()} passed to the delegating generator goes to the
     * sub-iterator, as in CPython: GeneratorExit closes it and is then raised here; any other
     * exception is thrown into it when it has a {@code throw} method, and raised here when not.
     */
    @TruffleBoundary
    private static Object[] delegateThrow(Object iterator, PyException thrown) {
        if (thrown.getPyType().isSubtypeOf(PytLanguage.get(null).types().GeneratorExit)) {
            if (iterator instanceof PyGenerator g) {
                g.close();
            } else {
                Object close = PyObjectGetAttrNode.lookupUncached(iterator, "close");
                if (close != null) {
                    CallDispatchNode.callUncached(close);
                }
            }
            throw thrown;
        }
        if (iterator instanceof PyGenerator g) {
            return finishedOrYielded(g.resume(PyNone.NONE, thrown));
        }
        Object throwMethod = PyObjectGetAttrNode.lookupUncached(iterator, "throw");
        if (throwMethod == null) {
            throw thrown;
        }
        try {
            return new Object[]{Boolean.FALSE, CallDispatchNode.callUncached(throwMethod, thrown.getPyObject())};
        } catch (PyException e) {
            return stopIterationResult(e);
        }
    }

    private static Object[] finishedOrYielded(Object r) {
        if (r instanceof PyGenerator.Finished f) {
            return new Object[]{Boolean.TRUE, f.value};
        }
        return new Object[]{Boolean.FALSE, r};
    }

    /** A StopIteration from the sub-iterator ends the delegation with its value; others propagate. */
    private static Object[] stopIterationResult(PyException e) {
        if (e.getPyType().isSubtypeOf(PytLanguage.get(null).types().StopIteration)) {
            PyTuple args = e.getPyObject().getArgs();
            return new Object[]{Boolean.TRUE, args.size() > 0 ? args.get(0) : PyNone.NONE};
        }
        throw e;
    }
}
