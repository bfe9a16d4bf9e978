package pyt.nodes.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.IteratorKind;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyIterator;
import pyt.runtime.PyList;
import pyt.runtime.PyRange;
import pyt.runtime.PySet;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.SubclassableValue;

/**
 * {@code iter(x)}: Java iterators for builtin containers, else {@code __iter__}, else the
 * {@code __getitem__} protocol. The node makes list and tuple iterators in compiled code and
 * passes iterators through; {@link #getIterUncached} serves everything else and slow paths.
 */
@ImportStatic(SubclassableValue.class)
public abstract class PyObjectGetIterNode extends Node {

    public abstract Object execute(Object obj);

    public static PyObjectGetIterNode create() {
        return PyObjectGetIterNodeGen.create();
    }

    @Specialization(guards = "isExact(list)")
    static Object list(PyList list) {
        return new PyIterator.ListIterator(list);
    }

    @Specialization(guards = "isExact(tuple)")
    static Object tuple(PyTuple tuple) {
        return new PyIterator.ArrayIterator(tuple.items(), tuple.size(), IteratorKind.TUPLE);
    }

    @Specialization
    static Object iterator(PyIterator iterator) {
        return iterator;
    }

    @Specialization
    static Object generic(Object obj) {
        return getIterUncached(obj);
    }

    @TruffleBoundary
    public static Object getIterUncached(Object obj) {
        Object builtin = SubclassableValue.isSubclassInstance(obj) ? null : builtinIterator(obj);
        return builtin != null ? builtin : callIter(obj);
    }

    /** The iterator of an exact builtin iterable, or null. */
    private static Object builtinIterator(Object obj) {
        if (obj instanceof PyList l) {
            return new PyIterator.ListIterator(l);
        } else if (obj instanceof PyTuple t) {
            return new PyIterator.ArrayIterator(t.items(), t.size(), IteratorKind.TUPLE);
        } else if (obj instanceof PyRange r) {
            return new PyIterator.RangeIterator(r);
        } else if (obj instanceof TruffleString s) {
            String str = PyStrings.toJava(s);
            Object[] chars = str.codePoints().mapToObj(PyStrings::ofCodePoint).toArray();
            boolean ascii = str.chars().allMatch(c -> c < 0x80);
            return new PyIterator.ArrayIterator(chars, chars.length, ascii ? IteratorKind.STR_ASCII : IteratorKind.STR);
        } else if (obj instanceof PyDict d) {
            return d.keyIterator();
        } else if (obj instanceof PySet s) {
            return s.iterator();
        } else if (obj instanceof PyIterator) {
            return obj;
        }
        return null;
    }

    private static Object callIter(Object obj) {
        PyType type = PytLanguage.get(null).types().typeOf(obj);
        Object iter = type.lookup("__iter__");
        if (iter != null && iter != pyt.runtime.PyNone.NONE) {
            Object it = CallDispatchNode.callUncached(iter, obj);
            PyType itType = PytLanguage.get(null).types().typeOf(it);
            if (!(it instanceof PyIterator) && itType.lookup("__next__") == null) {
                throw PyErrors.typeError(null, "iter() returned non-iterator of type '%s'", itType.getName());
            }
            return it;
        }
        if (type.lookup("__getitem__") != null) {
            return new SequenceIterator(obj);
        }
        throw PyErrors.typeError(null, "'%s' object is not iterable", type.getName());
    }

    /** The old protocol: {@code obj[0]}, {@code obj[1]}, ... until IndexError. */
    private static final class SequenceIterator extends PyIterator {
        private final Object seq;
        private long index;

        SequenceIterator(Object seq) {
            this.seq = seq;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            try {
                return PyObjectGetItemNode.getItemUncached(seq, index++);
            } catch (pyt.runtime.PyException e) {
                if (e.getPyType().isSubtypeOf(PytLanguage.get(null).types().IndexError)
                                || e.getPyType().isSubtypeOf(PytLanguage.get(null).types().StopIteration)) {
                    return null;
                }
                throw e;
            }
        }
    }
}
