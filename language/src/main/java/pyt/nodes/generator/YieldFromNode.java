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
 * A sub-generator is resumed through the same cached call as a {@code for} loop resumes one.
 * Each step is the yielded value or a {@link PyGenerator.Finished} carrying the result.
 */
public final class YieldFromNode extends ExprNode {
    @Child private ExprNode iterable;
    private final ResumeSlots resume;
    private final int iteratorSlot;
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNode.create();
    @Child private GeneratorResumeNode resumeNode = GeneratorResumeNodeGen.create();
    @Child private PyIterNextNode next = PyIterNextNode.create();

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
            iterator = getIter.execute(iterable.executeGeneric(frame));
            frame.setObject(iteratorSlot, iterator);
        }
        Object step;
        if (thrown != null) {
            step = delegateThrow(iterator, thrown);
        } else if (iterator instanceof PyGenerator g) {
            step = resumeNode.execute(g, sent, null);
        } else if (sent == PyNone.NONE) {
            Object v = next.execute(iterator);
            step = v == null ? PyGenerator.Finished.NONE : v;
        } else {
            step = send(iterator, sent);
        }
        if (step instanceof PyGenerator.Finished f) {
            return f.value;
        }
        throw new YieldException(step);
    }

    /** A value sent to an iterator that is not a generator goes to its {@code send} method. */
    @TruffleBoundary
    private static Object send(Object iterator, Object sent) {
        try {
            return CallDispatchNode.callUncached(PyObjectGetAttrNode.getUncached(iterator, "send"), sent);
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
    private static Object delegateThrow(Object iterator, PyException thrown) {
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
            return g.resume(PyNone.NONE, thrown);
        }
        Object throwMethod = PyObjectGetAttrNode.lookupUncached(iterator, "throw");
        if (throwMethod == null) {
            throw thrown;
        }
        try {
            return CallDispatchNode.callUncached(throwMethod, thrown.getPyObject());
        } catch (PyException e) {
            return stopIterationResult(e);
        }
    }

    /** A StopIteration from the sub-iterator ends the delegation with its value; others propagate. */
    private static Object stopIterationResult(PyException e) {
        if (e.getPyType().isSubtypeOf(PytLanguage.get(null).types().StopIteration)) {
            PyTuple args = e.getPyObject().getArgs();
            return PyGenerator.Finished.of(args.size() > 0 ? args.get(0) : PyNone.NONE);
        }
        throw e;
    }
}
