package pyt.nodes.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyIterator;
import pyt.runtime.PyType;

/** {@code next(it)} for loops: returns null when the iterator is exhausted instead of raising StopIteration. */
public final class PyIterNextNode {
    private PyIterNextNode() {
    }

    public static Object next(Object iterator) {
        if (iterator instanceof PyIterator it) {
            return it.next();
        }
        return nextGeneric(iterator);
    }

    @TruffleBoundary
    private static Object nextGeneric(Object iterator) {
        PyType type = PytLanguage.get(null).types().typeOf(iterator);
        Object next = type.lookup("__next__");
        if (next == null) {
            throw PyErrors.typeError(null, "'%s' object is not an iterator", type.getName());
        }
        try {
            return CallDispatchNode.callUncached(next, iterator);
        } catch (PyException e) {
            if (e.getPyType().isSubtypeOf(PytLanguage.get(null).types().StopIteration)) {
                return null;
            }
            throw e;
        }
    }
}
