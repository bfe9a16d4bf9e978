package pyt.nodes.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pyt.PytLanguage;
import pyt.builtins.BuiltinIterators;
import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.generator.GeneratorResumeNode;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyGenerator;
import pyt.runtime.PyIterator;
import pyt.runtime.PyNone;
import pyt.runtime.PyType;

/**
 * {@code next(it)} for loops: returns null when the iterator is exhausted instead of raising
 * StopIteration. The node calls list, tuple and range iterators directly (a virtual call would stay a
 * call in compiled code) and resumes generators through a cached call of their body, which
 * Graal can inline into the loop; {@code enumerate} and {@code zip} take their items through a
 * nested node of their own, so a generator under them is inlined too. Other Java iterators
 * run behind a boundary.
 * The static {@link #next} serves slow paths.
 */
@GenerateUncached
public abstract class PyIterNextNode extends Node {

    public abstract Object execute(Object iterator);

    public static PyIterNextNode create() {
        return PyIterNextNodeGen.create();
    }

    public static PyIterNextNode getUncached() {
        return PyIterNextNodeGen.getUncached();
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
    static Object range(PyIterator.RangeIterator it) {
        return it.next();
    }

    @Specialization
    static Object generator(PyGenerator gen, @Cached GeneratorResumeNode resume) {
        Object r = resume.execute(gen, PyNone.NONE, null);
        return r instanceof PyGenerator.Finished ? null : r;
    }

    @Specialization
    static Object enumerate(BuiltinIterators.Enumerate it, @Cached PyIterNextNode inner) {
        return it.next(inner);
    }

    @Specialization
    static Object zip(BuiltinIterators.Zip it, @Cached PyIterNextNode inner) {
        return it.next(inner);
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
