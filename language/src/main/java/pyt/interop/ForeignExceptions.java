package pyt.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;

import pyt.PytLanguage;
import pyt.runtime.BuiltinTypes;
import pyt.runtime.PyBaseException;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;

/**
 * How failures of foreign operations reach Python code. An exception thrown by Java code or
 * another language becomes a {@code polyglot.ForeignException} that {@code except Exception}
 * catches, and {@code except SomeJavaClass} too (see {@link #handlerMatches}); a cancellation
 * or exit request passes through untouched. Interop's own errors (no such member, wrong
 * argument count, ...) become the Python error a Python object would raise.
 */
public final class ForeignExceptions {
    private ForeignExceptions() {
    }

    /** A Python exception for a Truffle exception thrown by foreign code; rethrows what Python must not catch. */
    @TruffleBoundary
    public static RuntimeException toPython(AbstractTruffleException e) {
        if (e instanceof PyException) {
            throw e;
        }
        InteropLibrary interop = InteropLibrary.getUncached(e);
        try {
            ExceptionType type = interop.getExceptionType(e);
            if (type == ExceptionType.EXIT || type == ExceptionType.INTERRUPT) {
                throw e;
            }
        } catch (UnsupportedMessageException ignored) {
            // treat as an ordinary error
        }
        BuiltinTypes types = PytLanguage.get(null).types();
        String text = describe(interop, e);
        PyForeignException exc = new PyForeignException(types.ForeignException.getInstanceShape(),
                        PyTuple.of(PyStrings.of(text)), e);
        throw new PyException(exc, null);
    }

    /** {@code java.lang.IllegalStateException: message} for a host exception. */
    private static String describe(InteropLibrary interop, Object e) {
        String name = null;
        String message = null;
        try {
            if (interop.hasMetaObject(e)) {
                Object meta = interop.getMetaObject(e);
                name = InteropLibrary.getUncached().asString(InteropLibrary.getUncached().getMetaQualifiedName(meta));
            }
            if (interop.hasExceptionMessage(e)) {
                message = InteropLibrary.getUncached().asString(interop.getExceptionMessage(e));
            }
        } catch (UnsupportedMessageException ignored) {
            // fall back to the Java message
        }
        if (message == null && e instanceof Throwable t) {
            message = t.getMessage();
        }
        if (name == null) {
            return message == null ? "foreign exception" : message;
        }
        return message == null ? name : name + ": " + message;
    }

    /** The Python error for a failed interop message on a foreign value. */
    @TruffleBoundary
    public static RuntimeException toPython(InteropException e, Object receiver, String what) {
        String type = typeName(receiver);
        if (e instanceof UnknownIdentifierException u) {
            throw PyErrors.raise(null, PyErr.AttributeError, "'%s' object has no attribute '%s'", type, u.getUnknownIdentifier());
        } else if (e instanceof UnknownKeyException u) {
            throw PyErrors.raiseWithArgs(null, PytLanguage.get(null).types().KeyError, InteropValues.toPython(u.getUnknownKey()));
        } else if (e instanceof InvalidArrayIndexException) {
            throw PyErrors.raise(null, PyErr.IndexError, "%s index out of range", type);
        } else if (e instanceof ArityException a) {
            throw PyErrors.typeError(null, "%s takes %s arguments (%d given)", what,
                            a.getExpectedMinArity() == a.getExpectedMaxArity() ? String.valueOf(a.getExpectedMinArity())
                                            : a.getExpectedMinArity() + " to " + a.getExpectedMaxArity(),
                            a.getActualArity());
        } else if (e instanceof UnsupportedTypeException) {
            throw PyErrors.typeError(null, "invalid argument types for %s: %s", what, e.getMessage());
        }
        throw PyErrors.typeError(null, "'%s' object does not support %s", type, what);
    }

    /** The name of a foreign value's class for messages: its meta object's name, else {@code foreign}. */
    @TruffleBoundary
    static String typeName(Object value) {
        InteropLibrary interop = InteropLibrary.getUncached(value);
        try {
            if (interop.hasMetaObject(value)) {
                Object meta = interop.getMetaObject(value);
                return InteropLibrary.getUncached().asString(InteropLibrary.getUncached().getMetaQualifiedName(meta));
            }
        } catch (UnsupportedMessageException ignored) {
            // fall through
        }
        return "foreign";
    }

    /**
     * Whether {@code except handlerType} catches {@code exc} when the handler names a foreign
     * class (a Java exception class from {@code java.type}); null when it does not name one.
     */
    @TruffleBoundary
    public static Boolean handlerMatches(PyBaseException exc, Object handlerType) {
        if (!InteropValues.isForeign(handlerType)) {
            return null;
        }
        InteropLibrary interop = InteropLibrary.getUncached(handlerType);
        if (!interop.isMetaObject(handlerType)) {
            return null;
        }
        if (!(exc instanceof PyForeignException f)) {
            return false;
        }
        try {
            return interop.isMetaInstance(handlerType, f.getForeignException());
        } catch (UnsupportedMessageException e) {
            return false;
        }
    }
}
