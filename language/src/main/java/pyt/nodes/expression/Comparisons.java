package pyt.nodes.expression;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.lib.PyObjectIsTrueNode;
import pyt.nodes.lib.PyObjectIsTrueNodeGen;
import pyt.runtime.PyDict;
import pyt.runtime.PySet;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.numbers.IntOps;

/**
 * Comparison semantics shared by the comparison nodes and the special methods of the number
 * types: exact int/float comparison (no rounding of the int), NaN unordered, and identity.
 */
public final class Comparisons {
    /** The result of comparing with a NaN: every ordering and {@code ==} are false. */
    public static final int UNORDERED = 2;

    private static final long EXACT_DOUBLE = 1L << 53;

    private Comparisons() {
    }

    /** -1, 0 or 1, or {@link #UNORDERED}, for two numbers of any mix of bool, int and float. */
    public static int compareNumbers(Object a, Object b) {
        if (a instanceof Double x) {
            if (b instanceof Double y) {
                return compareDoubles(x, y);
            }
            int c = compareIntDouble(Arithmetic.asInt(b), x);
            return c == UNORDERED ? c : -c;
        } else if (b instanceof Double y) {
            return compareIntDouble(Arithmetic.asInt(a), y);
        }
        return IntOps.compare(Arithmetic.asInt(a), Arithmetic.asInt(b));
    }

    public static int compareDoubles(double x, double y) {
        return x < y ? -1 : x > y ? 1 : x == y ? 0 : UNORDERED;
    }

    /** Exact comparison: {@code 2**53 + 1 > float(2**53)} although the int does not fit a double. */
    public static int compareLongDouble(long a, double b) {
        if (a >= -EXACT_DOUBLE && a <= EXACT_DOUBLE) {
            return compareDoubles(a, b);
        }
        return compareIntDouble(a, b);
    }

    private static int compareIntDouble(Object a, double b) {
        if (Double.isNaN(b)) {
            return UNORDERED;
        }
        return Integer.signum(IntOps.compareToDouble(a, b));
    }

    /**
     * {@code a is b}. pyt's decision, since Java boxes numbers freely: ints (and bools) of equal
     * value are identical, as are floats with the same bits, so {@code x is x} always holds;
     * strs of at most one Latin-1 character are identical when equal (CPython caches them), as
     * are empty tuples; everything else is identical only when it is the same object.
     */
    public static boolean isIdentical(Object a, Object b) {
        if (a == b) {
            return true;
        } else if (a instanceof Long x) {
            return b instanceof Long y && x.longValue() == y.longValue();
        } else if (a instanceof Boolean x) {
            return b instanceof Boolean y && x.booleanValue() == y.booleanValue();
        } else if (a instanceof Double x) {
            return b instanceof Double y && Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        } else if (a instanceof BigInteger x) {
            return b instanceof BigInteger y && bigEquals(x, y);
        } else if (a instanceof TruffleString x) {
            return b instanceof TruffleString y && sameCachedChar(x, y);
        } else if (a instanceof PyTuple x) {
            return b instanceof PyTuple y && x.size() == 0 && y.size() == 0;
        }
        return false;
    }

    @TruffleBoundary
    private static boolean bigEquals(BigInteger x, BigInteger y) {
        return x.equals(y);
    }

    @TruffleBoundary
    private static boolean sameCachedChar(TruffleString x, TruffleString y) {
        int n = PyStrings.length(x);
        if (n > 1 || n != PyStrings.length(y)) {
            return false;
        }
        if (n == 0) {
            return true;
        }
        int c = x.codePointAtIndexUncached(0, PyStrings.ENCODING);
        return c < 256 && c == y.codePointAtIndexUncached(0, PyStrings.ENCODING);
    }

    /**
     * The first position where two sequences hold items that are neither identical nor equal,
     * or -1 when the shorter is a prefix of the longer (CPython's list and tuple comparison).
     */
    public static int mismatch(Object[] a, int na, Object[] b, int nb, EqNode eq, PyObjectIsTrueNode isTrue) {
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            Object x = a[i];
            Object y = b[i];
            if (!isIdentical(x, y) && !isTrue.execute(eq.execute(x, y))) {
                return i;
            }
        }
        return -1;
    }

    /** The outcome of an ordering of two sequences that differ nowhere but in length. */
    public static boolean compareLengths(CompareOp op, int na, int nb) {
        return op.test(Integer.compare(na, nb));
    }

    /** {@code a == b} on dicts: the same keys, each with an equal (or identical) value. */
    @TruffleBoundary
    public static boolean dictEquals(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        EqNode eq = EqNodeGen.getUncached();
        for (Object[] e : a.entries()) {
            Object other = b.get(e[0]);
            if (other == null || !isIdentical(e[1], other) && !PyObjectIsTrueNodeGen.getUncached().execute(eq.execute(e[1], other))) {
                return false;
            }
        }
        return true;
    }

    /** {@code a == b} on sets and frozensets: the same elements. */
    @TruffleBoundary
    public static boolean setEquals(PySet a, PySet b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Object item : a.items()) {
            if (!b.contains(item)) {
                return false;
            }
        }
        return true;
    }
}
