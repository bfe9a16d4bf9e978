package pyt.interop;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.runtime.PyCallable;
import pyt.runtime.PyException;
import pyt.runtime.PyNone;
import pyt.runtime.PyObject;
import pyt.runtime.PyStrings;
import pyt.runtime.PyType;

/**
 * The two directions of the interop boundary. {@link #toInterop} makes a Python value a valid
 * interop value before it reaches the host or another language (big ints are wrapped, every
 * other pyt value is already a {@code TruffleObject} or a primitive). {@link #toPython} turns a
 * value arriving from outside into pyt's representation: boxed Java primitives and foreign
 * numbers, strings, booleans and nulls become int, float, str, bool and None; other foreign
 * objects stay as they are and have the {@code polyglot.foreign} class inside Python.
 */
public final class InteropValues {
    private InteropValues() {
    }

    @TruffleBoundary
    public static Object toInterop(Object value) {
        if (value instanceof BigInteger b) {
            return new InteropBigInt(b);
        } else if (value == null) {
            return PyNone.NONE;
        } else if (value instanceof TruffleObject || value instanceof Long || value instanceof Double || value instanceof Boolean
                        || value instanceof TruffleString || value instanceof Integer) {
            return value;
        }
        // A Python value of a Java class without its own interop exports.
        return new InteropWrapper(value);
    }

    public static Object[] toInterop(Object[] values) {
        Object[] result = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = toInterop(values[i]);
        }
        return result;
    }

    @TruffleBoundary
    public static Object toPython(Object value) {
        if (value instanceof InteropWrapper w) {
            return w.getValue();
        } else if (value instanceof Long || value instanceof Double || value instanceof Boolean || isPythonObject(value)) {
            return value;
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        } else if (value instanceof Float f) {
            return f.doubleValue();
        } else if (value instanceof String s) {
            return PyStrings.of(s);
        } else if (value instanceof Character c) {
            return PyStrings.of(String.valueOf(c));
        } else if (value instanceof TruffleString ts) {
            return ts.switchEncodingUncached(PyStrings.ENCODING);
        } else if (value instanceof InteropBigInt b) {
            return normalize(b.getValue());
        } else if (value instanceof BigInteger b) {
            return normalize(b);
        } else if (value instanceof TruffleObject) {
            return foreignToPython(value);
        }
        return value;
    }

    public static Object[] toPython(Object[] values) {
        Object[] result = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = toPython(values[i]);
        }
        return result;
    }

    /** Foreign nulls, booleans, strings and plain numbers become Python values; objects stay foreign. */
    private static Object foreignToPython(Object value) {
        InteropLibrary interop = InteropLibrary.getUncached(value);
        try {
            if (interop.isNull(value)) {
                return PyNone.NONE;
            } else if (interop.isBoolean(value)) {
                return interop.asBoolean(value);
            } else if (interop.isString(value)) {
                return interop.asTruffleString(value).switchEncodingUncached(PyStrings.ENCODING);
            } else if (interop.isNumber(value) && !interop.hasMembers(value)) {
                return foreignNumber(interop, value);
            }
        } catch (UnsupportedMessageException e) {
            // not what it claimed to be: keep it foreign
        }
        return value;
    }

    /** A foreign number as a Python int or float, or null if it fits neither. */
    @TruffleBoundary
    static Object foreignNumber(InteropLibrary interop, Object value) throws UnsupportedMessageException {
        if (interop.fitsInLong(value)) {
            return interop.asLong(value);
        } else if (interop.fitsInBigInteger(value)) {
            return normalize(interop.asBigInteger(value));
        } else if (interop.fitsInDouble(value)) {
            return interop.asDouble(value);
        }
        return null;
    }

    private static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** A value that is one of pyt's own objects (no conversion needed when it comes back). */
    public static boolean isPythonObject(Object value) {
        return value instanceof InteropObject || value instanceof PyObject || value instanceof PyType || value instanceof PyCallable
                        || value instanceof PyNone || value instanceof PyException;
    }

    /** A value from the host or another language that pyt does not represent itself. */
    public static boolean isForeign(Object value) {
        return value instanceof TruffleObject && !isPythonObject(value) && !(value instanceof InteropBigInt)
                        && !(value instanceof InteropWrapper);
    }
}
