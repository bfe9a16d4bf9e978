package pyt.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.lib.PyObjectHashNode;
import pyt.nodes.lib.PyObjectRichCompareNode;

/**
 * How a {@link PyDict} hashes and compares its keys.
 * <p>
 * Equality is Python's: identity, then (for keys whose hashes match) {@code ==} with the
 * stored key on the left, as CPython compares; ints and strs compare without any call.
 * <p>
 * The hash need not be Python's {@code hash()}: a dict iterates in insertion order, so its hash
 * only has to be equal for keys that are equal. A str's Python hash is a SipHash over the
 * whole string that pyt has nowhere to cache (a TruffleString has no room for it), so it would
 * be computed on every lookup, while TruffleString computes its own hash code once and keeps it
 * in the string. So a dict first files str keys under that code ("str-code mode"); in compiled
 * code the lookup of a str key then reads a field and probes (see DictStrLookupNode). That is only sound while no key in the dict can equal a
 * str without being one: builtin numbers, tuples, None, bytes, complex and frozensets cannot;
 * a str subclass keeping str's {@code __hash__} and {@code __eq__} is hashed as its str. Any
 * other key (an instance of a user class whose {@code __hash__} may return {@code hash("a")}
 * and whose {@code __eq__} may accept {@code "a"}) switches the dict, once and for good, to
 * Python's hashes for its strs ({@link PyDict} rehashes them) before the key is looked up.
 * Numbers always use Python's hash, so {@code 1}, {@code 1.0} and {@code True} meet.
 */
public final class DictKey {
    private DictKey() {
    }

    /** The builtin value a key stands for: a str/int/float subclass instance with the builtin hash and equality. */
    private static Object unwrap(Object key) {
        if (key instanceof PyBoxedValue b && hashesAsValue(b)) {
            return b.value();
        }
        return key;
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

    /** Whether a key is hashed as a str: its hash depends on the dict's mode. */
    public static boolean isStr(Object key) {
        return unwrap(key) instanceof TruffleString;
    }

    /** The str-code mode hash of a str, which TruffleString computes once per string. */
    public static long strCode(TruffleString s) {
        // Java's hashCode is TruffleString's cached code (all strs are in PyStrings.ENCODING),
        // the value TruffleString.HashCodeNode returns in compiled code
        return spread(s.hashCode());
    }

    /**
     * TruffleString's code is polynomial, so similar strs ({@code "w1"}, {@code "w2"}) differ
     * little in the low bits that pick a slot; MurmurHash3's finalizer spreads every bit over
     * all of them.
     */
    public static long spread(int code) {
        int h = code;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** The hash a dict files a key under; {@code pythonStrHashes} selects Python's hash for strs. */
    @TruffleBoundary
    public static long hash(Object key, boolean pythonStrHashes) {
        Object k = unwrap(key);
        if (k instanceof TruffleString s && !pythonStrHashes) {
            return strCode(s);
        } else if (k instanceof Double d && Double.isNaN(d)) {
            // a NaN is found by identity only, and the box is the only identity it has
            return System.identityHashCode(k);
        }
        return PyObjectHashNode.hashUncached(k);
    }

    /** Whether a key may equal a str without being one, so the dict must hash its strs as Python does. */
    @TruffleBoundary
    public static boolean needsPythonStrHashes(Object key) {
        if (key instanceof Long || key instanceof TruffleString || key instanceof Boolean || key instanceof Double ||
                        key instanceof BigInteger || key == PyNone.NONE || key instanceof PyComplex || key instanceof PyBytes) {
            return false;
        } else if (key instanceof PyTuple t) {
            return !SubclassableValue.isExact(t);
        } else if (key instanceof PySet s) {
            return !SubclassableValue.isExact(s);
        }
        return !(key instanceof PyBoxedValue b && hashesAsValue(b));
    }

    /** Whether the key stored in a dict equals a key looked up (their hashes being equal). */
    @TruffleBoundary
    public static boolean equal(Object stored, Object key) {
        if (stored == key) {
            return true;
        } else if (stored instanceof Long a && key instanceof Long b) {
            return a.longValue() == b.longValue();
        } else if (stored instanceof TruffleString a && key instanceof TruffleString b) {
            return a.equals(b);
        }
        return PyObjectRichCompareNode.eqUncached(stored, key);
    }
}
