package pyt.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.lib.PyObjectHashNode;
import pyt.nodes.lib.PyObjectRichCompareNode;

/**
 * Gives a Python value Java equality and hashing that agree with Python's: numbers that
 * compare equal share one key ({@code 1}, {@code 1.0}, {@code True}), strings are compared by
 * content (also in instances of subclasses of int, float and str that keep their builtin
 * equality), and other objects go through {@code __hash__}/{@code __eq__}.
 */
public final class DictKey {
    private final Object value;
    private final long hash;

    private DictKey(Object value, long hash) {
        this.value = value;
        this.hash = hash;
    }

    /** The map key for a Python value: the value itself where Java equality already matches Python's. */
    @TruffleBoundary
    public static Object of(Object key) {
        if (key instanceof Long || key instanceof TruffleString) {
            return key;
        } else if (key instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (key instanceof Integer i) {
            return (long) i;
        } else if (key instanceof Double d) {
            double v = d;
            if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 9.2e18) {
                return (long) v;
            }
            if (Double.isNaN(v)) {
                return new DictKey(key, System.identityHashCode(key));
            }
            return d;
        } else if (key instanceof BigInteger) {
            return key;
        } else if (key instanceof PyBoxedValue b && hashesAsValue(b)) {
            return of(b.value());
        }
        return new DictKey(key, PyObjectHashNode.hashUncached(key));
    }

    /**
     * Whether an int, float or str subclass instance keeps the builtin {@code __hash__} and
     * {@code __eq__}: then it is the same key as its value, so that {@code d[Name("a")]} finds
     * {@code d["a"]}.
     */
    private static boolean hashesAsValue(PyBoxedValue b) {
        PyType t = b.getPyType();
        return t.lookup("__hash__") instanceof PyBuiltinFunction && t.lookup("__eq__") instanceof PyBuiltinFunction;
    }

    public Object getValue() {
        return value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hash);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof DictKey other)) {
            return false;
        }
        if (other.value == value) {
            return true;
        }
        // Java's maps call equals on the key being looked up; CPython compares the stored key first
        return other.hash == hash && PyObjectRichCompareNode.eqUncached(other.value, value);
    }
}
