package pyt.nodes.expression;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.lib.Iteration;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyList;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.SubclassableValue;
import pyt.runtime.PyBoxedValue;
import pyt.runtime.PyType;

/**
 * {@code +} and {@code *} on the builtin sequences (str, list, tuple): concatenation,
 * repetition, their in-place forms on lists, and CPython's errors when the other operand does
 * not fit ("can only concatenate list (not "tuple") to list").
 */
public final class SequenceOps {
    /** The longest Java array pyt allocates; longer results raise MemoryError, as CPython's failed allocations. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private SequenceOps() {
    }

    static boolean isSequence(Object v) {
        return v instanceof TruffleString || v instanceof PyList || v instanceof PyTuple;
    }

    public static PyList concat(PyList a, PyList b) {
        int na = a.size();
        int nb = b.size();
        Object[] r = new Object[checkedLength(null, (long) na + nb)];
        System.arraycopy(a.rawItems(), 0, r, 0, na);
        System.arraycopy(b.rawItems(), 0, r, na, nb);
        return new PyList(r);
    }

    public static PyTuple concat(PyTuple a, PyTuple b) {
        if (b.size() == 0 && SubclassableValue.isExact(a)) {
            return a;
        } else if (a.size() == 0 && SubclassableValue.isExact(b)) {
            return b;
        }
        Object[] r = new Object[checkedLength(null, (long) a.size() + b.size())];
        System.arraycopy(a.items(), 0, r, 0, a.size());
        System.arraycopy(b.items(), 0, r, a.size(), b.size());
        return new PyTuple(r);
    }

    public static PyList repeat(Node node, PyList list, long n) {
        int size = list.size();
        if (n <= 0 || size == 0) {
            return new PyList();
        }
        int total = checkedLength(node, repeatedLength(size, n));
        Object[] r = new Object[total];
        fill(list.rawItems(), size, r);
        return new PyList(r);
    }

    public static PyTuple repeat(Node node, PyTuple tuple, long n) {
        int size = tuple.size();
        if (n == 1) {
            return tuple;
        } else if (n <= 0 || size == 0) {
            return PyTuple.EMPTY;
        }
        Object[] r = new Object[checkedLength(node, repeatedLength(size, n))];
        fill(tuple.items(), size, r);
        return new PyTuple(r);
    }

    /** The length of {@code s * n}, for {@code TruffleString.RepeatNode}; CPython's errors when too long. */
    public static int repeatCount(Node node, TruffleString s, long n) {
        if (n <= 0) {
            return 0;
        }
        long len = PyStrings.length(s);
        if (len != 0 && Math.multiplyHigh(len, n) != 0 || len * n < 0) {
            throw OperatorErrors.raiseMessage(node, PyErr.OverflowError, OperatorErrors.REPEATED_STRING_TOO_LONG);
        }
        // UTF-32 strings are limited to 2**31 bytes
        if (len * n > MAX_ARRAY / 4) {
            throw OperatorErrors.memoryError(node);
        }
        return (int) n;
    }

    /** {@code list += iterable}: extends the list in place (also by itself) and returns it. */
    @TruffleBoundary
    public static PyList extend(PyList list, Object iterable) {
        Object[] items = Iteration.toArray(iterable);
        list.ensureCapacity(checkedLength(null, (long) list.size() + items.length));
        for (Object item : items) {
            list.add(item);
        }
        return list;
    }

    /** {@code list *= n}. */
    public static PyList repeatInPlace(Node node, PyList list, long n) {
        int size = list.size();
        if (n <= 0 || size == 0) {
            list.clear();
            return list;
        }
        Object[] r = new Object[checkedLength(node, repeatedLength(size, n))];
        fill(list.rawItems(), size, r);
        list.setAll(r, r.length);
        return list;
    }

    private static long repeatedLength(int size, long n) {
        return Math.multiplyHigh(size, n) != 0 || size * n < 0 ? Long.MAX_VALUE : size * n;
    }

    private static void fill(Object[] items, int size, Object[] target) {
        for (int i = 0; i < target.length; i += size) {
            System.arraycopy(items, 0, target, i, size);
        }
    }

    private static int checkedLength(Node node, long length) {
        if (length > MAX_ARRAY) {
            throw OperatorErrors.memoryError(node);
        }
        return (int) length;
    }

    /**
     * The count of a repetition: an int, a bool, or an object with {@code __index__}; CPython's
     * OverflowError for ints beyond 64 bits, its TypeError for anything else.
     */
    public static long count(Node node, Object n) {
        if (n instanceof Long l) {
            return l;
        } else if (n instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return countSlow(node, n);
    }

    @TruffleBoundary
    private static long countSlow(Node node, Object n) {
        if (n instanceof BigInteger) {
            throw OperatorErrors.raiseMessage(node, PyErr.OverflowError,
                            String.format(OperatorErrors.CANNOT_FIT_INDEX, "int"));
        }
        PyType type = Dunders.typeOf(node, n);
        Object index = type.lookup("__index__");
        if (index == null) {
            throw PyErrors.typeError(node, OperatorErrors.CANT_MULTIPLY_SEQUENCE, type.getName());
        }
        Object r = CallDispatchNode.callUncached(index, n);
        if (!Arithmetic.isInt(r)) {
            throw PyErrors.typeError(node, "__index__ returned non-int (type %s)", OperatorErrors.typeName(node, r));
        }
        return count(node, r);
    }

    /** {@code seq * n} for any builtin sequence and any count, after the special methods declined. */
    @TruffleBoundary
    static Object repeatGeneric(Node node, Object seq, Object n) {
        long count = count(node, n);
        if (seq instanceof PyList l) {
            return repeat(node, l, count);
        } else if (seq instanceof PyTuple t) {
            return repeat(node, t, count);
        }
        TruffleString s = (TruffleString) seq;
        return s.repeatUncached(repeatCount(node, s, count), PyStrings.ENCODING);
    }

    /**
     * {@code seq + other} for a builtin sequence after the special methods declined: the
     * concatenation when {@code other} is of the same kind (also an instance of a subclass),
     * else CPython's error.
     */
    @TruffleBoundary
    static Object concatGeneric(Node node, Object seq, Object other) {
        if (seq instanceof PyList a && other instanceof PyList b) {
            return concat(a, b);
        } else if (seq instanceof PyTuple a && other instanceof PyTuple b) {
            return concat(a, b);
        } else if (seq instanceof TruffleString a && PyBoxedValue.unbox(other) instanceof TruffleString b) {
            return a.concatUncached(b, PyStrings.ENCODING, true);
        }
        throw concatError(node, seq, other);
    }

    /** {@code seq + other} after the special methods declined: CPython's concatenation error. */
    @TruffleBoundary
    static PyException concatError(Node node, Object seq, Object other) {
        String seqType = OperatorErrors.typeName(node, seq);
        throw PyErrors.typeError(node, OperatorErrors.CAN_ONLY_CONCATENATE, seqType, OperatorErrors.typeName(node, other), seqType);
    }
}
