package pyt.nodes.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyIterator;
import pyt.runtime.PyType;

/**
 * {@code next(it)} for loops: returns null when the iterator is exhausted instead of raising
 * StopIteration. The node calls list and tuple iterators directly (a virtual call would stay a
 * call in compiled code); other Java iterators, generators among them, run behind a boundary.
 * The static {@link #next} serves slow paths.
 */
public abstract class PyIterNextNode extends Node {

    public abstract Object execute(Object iterator);

    public static PyIterNextNode create() {
        return PyIterNextNodeGen.create();
    }

    @Specialization
    static Object list(PyIterator.ListIterator it) {
        return it.next();
    }

    @Specialization
    static Object array(PyIterator.ArrayIterator it) {
        return it.next();
    }

    @Specialization
    static Object iterator(PyIterator it) {
        return nextBoundary(it);
    }

    @Specialization(guards = "!isIterator(iterator)")
    static Object generic(Object iterator) {
        return nextGeneric(iterator);
    }

    static boolean isIterator(Object o) {
        return o instanceof PyIterator;
    }

    @TruffleBoundary
    private static Object nextBoundary(PyIterator it) {
        return it.next();
    }

    /** For slow paths: the next item, or null when exhausted. */
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
