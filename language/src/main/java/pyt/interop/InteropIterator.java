package pyt.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import pyt.nodes.lib.PyIterNextNode;

/**
 * A Python iterator seen through interop's iterator protocol, which asks "is there a next
 * element?" before taking it: Python only knows by trying, so the element fetched to answer
 * is kept until it is taken.
 */
@ExportLibrary(InteropLibrary.class)
public final class InteropIterator implements TruffleObject {
    private final Object iterator;
    private Object next;
    private boolean done;

    public InteropIterator(Object pythonIterator) {
        this.iterator = pythonIterator;
    }

    @TruffleBoundary
    private boolean fetch() {
        if (next == null && !done) {
            next = PyIterNextNode.next(iterator);
            done = next == null;
        }
        return next != null;
    }

    @ExportMessage
    boolean isIterator() {
        return true;
    }

    @ExportMessage
    boolean hasIteratorNextElement() {
        return fetch();
    }

    @ExportMessage
    Object getIteratorNextElement() throws StopIterationException {
        if (!fetch()) {
            throw StopIterationException.create();
        }
        Object result = next;
        next = null;
        return InteropValues.toInterop(result);
    }
}
