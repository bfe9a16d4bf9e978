package pyt.nodes.lib;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.BuiltinTypes;
import pyt.runtime.ObjectIds;
import pyt.runtime.PyBuiltinFunction;
import pyt.runtime.PyBytes;
import pyt.runtime.PyComplex;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.runtime.PySet;
import pyt.runtime.PyTuple;
import pyt.runtime.SubclassableValue;
import pyt.runtime.PyType;
import pyt.runtime.numbers.ComplexOps;
import pyt.runtime.numbers.FloatOps;
import pyt.runtime.numbers.IntOps;
import pyt.runtime.text.SipHash;

/**
 * {@code hash(x)}, as CPython 3.11 computes it where programs can observe it: ints modulo
 * 2**61 - 1 ({@code hash(-1) == -2}), floats equal to ints hash like them, tuples with the
 * xxHash-based tuplehash, frozensets with CPython's shuffle-and-xor. Deliberate differences:
 * strs and bytes use a fixed (unrandomized) FNV-1a hash of their code points or bytes, so
 * {@code hash("a")} is the same in every run and differs from CPython's SipHash;
 * {@code hash(None)} is CPython 3.12's constant. Objects without {@code __hash__} hash by
 * identity, like {@code id(x) >> 4}; a class with {@code __hash__ = None}, and list, dict and
 * set, are unhashable.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class PyObjectHashNode extends Node {
    private static final long NONE_HASH = 0xFCA86420L;

    public abstract long execute(Object value);

    @Specialization
    static long doLong(long value) {
        return IntOps.hash(value);
    }

    @Specialization
    static long doBoolean(boolean value) {
        return value ? 1 : 0;
    }

    @Specialization
    static long doDouble(double value) {
        return hashDouble(value);
    }

    @Specialization
    static long doGeneric(Object value) {
        return hashUncached(value);
    }

    @TruffleBoundary
    public static long hashUncached(Object value) {
        if (value instanceof Long l) {
            return IntOps.hash((long) l);
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof Double d) {
            return hashDouble(d);
        } else if (value instanceof BigInteger b) {
            return IntOps.hash(b);
        } else if (value instanceof TruffleString s) {
            return hashString(s);
        } else if (value instanceof PyTuple t && SubclassableValue.isExact(t)) {
            return hashTuple(t);
        } else if (value == PyNone.NONE) {
            return NONE_HASH;
        } else if (value instanceof PySet s && s.isFrozen() && SubclassableValue.isExact(s)) {
            return hashFrozenSet(s);
        } else if (value instanceof PyComplex c) {
            return ComplexOps.hash(c.real(), c.imag());
        } else if (value instanceof PyBytes b) {
            return hashBytes(b.bytes());
        }
        BuiltinTypes types = PytLanguage.get(null).types();
        PyType type = types.typeOf(value);
        if ((value instanceof PyList || value instanceof PyDict || value instanceof PySet) && !SubclassableValue.isSubclassInstance(value)) {
            throw unhashable(type);
        }
        Object hash = lookupHash(type);
        if (hash == PyNone.NONE) {
            throw unhashable(type);
        } else if (hash == null || hash instanceof PyBuiltinFunction f && f.getOwner() == types.object) {
            return identityHash(value);
        }
        Object r = CallDispatchNode.callUncached(hash, value);
        if (r instanceof Long l) {
            // CPython keeps an int result that fits a Py_hash_t as it is
            return l == -1 ? -2 : l;
        } else if (r instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (r instanceof BigInteger b) {
            return IntOps.hash(b);
        }
        throw PyErrors.typeError(null, "__hash__ method should return an integer");
    }

    /**
     * {@code __hash__} along the MRO, where a Python class that defines {@code __eq__} but not
     * {@code __hash__} has {@code __hash__ = None}, as CPython's class creation sets it.
     */
    private static Object lookupHash(PyType type) {
        for (PyType t : type.getMro()) {
            Object hash = t.getOwn("__hash__");
            if (hash != null) {
                return hash;
            }
            if (!"builtins".equals(t.getModule()) && t.getOwn("__eq__") != null) {
                return PyNone.NONE;
            }
        }
        return null;
    }

    private static RuntimeException unhashable(PyType type) {
        throw PyErrors.typeError(null, "unhashable type: '%s'", type.getName());
    }

    /** {@code object.__hash__}: CPython hashes the address rotated by 4 bits. */
    public static long identityHash(Object value) {
        return Long.rotateRight(ObjectIds.id(value), 4);
    }

    static long hashDouble(double value) {
        if (Double.isNaN(value)) {
            // CPython hashes a NaN by its object's identity; Java boxes have none that lasts
            return System.identityHashCode(value);
        }
        return FloatOps.hash(value);
    }

    private static long hashString(TruffleString s) {
        return SipHash.hash(s);
    }

    private static long hashBytes(byte[] bytes) {
        return SipHash.hash(bytes);
    }

    /** CPython's tuplehash (xxHash's round and primes). */
    public static long hashTuple(PyTuple t) {
        long acc = 0x27D4EB2F165667C5L;
        for (Object item : t.items()) {
            long lane = hashUncached(item);
            acc += lane * 0xC2B2AE3D27D4EB4FL;
            acc = Long.rotateLeft(acc, 31);
            acc *= 0x9E3779B185EBCA87L;
        }
        acc += t.size() ^ (0x27D4EB2F165667C5L ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** CPython's frozenset_hash: empty table slots cancel out, so only the elements count. */
    public static long hashFrozenSet(PySet s) {
        long hash = 0;
        for (Object item : s.items()) {
            long h = hashUncached(item);
            hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
        }
        hash ^= (s.size() + 1L) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }
}
