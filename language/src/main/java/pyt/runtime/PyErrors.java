package pyt.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytLanguage;

/** Creating and raising Python exceptions from Java code. */
public final class PyErrors {
    private PyErrors() {
    }

    /** Raises {@code type(message)}; {@code location} names the Python line (may be null on slow paths). */
    @TruffleBoundary
    public static PyException raise(Node location, PyType type, String message) {
        throw new PyException(create(type, message), location);
    }

    @TruffleBoundary
    public static PyException raise(Node location, PyErr type, String format, Object... args) {
        PyType t = type.get(PytLanguage.get(location).types());
        throw raise(location, t, args.length == 0 ? format : String.format(format, args));
    }

    @TruffleBoundary
    public static PyBaseException create(PyType type, String message) {
        Object[] args = message == null ? new Object[0] : new Object[]{TruffleString.fromJavaStringUncached(message, TruffleString.Encoding.UTF_32)};
        return new PyBaseException(type.getInstanceShape(), PyTuple.of(args));
    }

    /** Raises {@code type(args...)} with arbitrary argument values. */
    @TruffleBoundary
    public static PyException raiseWithArgs(Node location, PyType type, Object... args) {
        throw new PyException(new PyBaseException(type.getInstanceShape(), PyTuple.of(args)), location);
    }

    public static PyException typeError(Node location, String format, Object... args) {
        throw raise(location, PyErr.TypeError, format, args);
    }

    public static PyException valueError(Node location, String format, Object... args) {
        throw raise(location, PyErr.ValueError, format, args);
    }

    /** The Python class name of a value, for error messages. */
    @TruffleBoundary
    public static String typeName(Object value) {
        return PytLanguage.get(null).types().typeOf(value).getName();
    }
}
