package pyt.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import pyt.PytLanguage;
import pyt.runtime.BuiltinTypes;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyStrings;
import pyt.runtime.PyType;
import pyt.runtime.numbers.NumericError;
import pyt.runtime.text.TextError;

/**
 * The error messages of the operators (CPython 3.11's, word for word), and the translation of
 * the runtime helpers' {@link NumericError} and {@link TextError} into Python exceptions.
 */
public final class OperatorErrors {
    public static final String UNSUPPORTED_BINARY = "unsupported operand type(s) for %s: '%s' and '%s'";
    public static final String BAD_UNARY = "bad operand type for unary %s: '%s'";
    public static final String NOT_SUPPORTED_BETWEEN = "'%s' not supported between instances of '%s' and '%s'";
    public static final String CAN_ONLY_CONCATENATE = "can only concatenate %s (not \"%s\") to %s";
    public static final String CANT_MULTIPLY_SEQUENCE = "can't multiply sequence by non-int of type '%s'";
    public static final String CANNOT_FIT_INDEX = "cannot fit '%s' into an index-sized integer";
    public static final String REPEATED_STRING_TOO_LONG = "repeated string is too long";
    public static final String IN_STRING_REQUIRES_STRING = "'in <string>' requires string as left operand, not %s";
    public static final String NOT_ITERABLE_ARGUMENT = "argument of type '%s' is not iterable";
    public static final String UNHASHABLE = "unhashable type: '%s'";
    public static final String TOO_MANY_DIGITS = "too many digits in integer";
    public static final String DESCRIPTOR_REQUIRES = "descriptor '%s' requires a '%s' object but received a '%s'";

    private OperatorErrors() {
    }

    /** Raises the Python exception a numeric helper signalled. */
    @TruffleBoundary
    public static PyException raise(Node location, NumericError e) {
        PyErr type = switch (e.kind) {
            case ZeroDivisionError -> PyErr.ZeroDivisionError;
            case OverflowError -> PyErr.OverflowError;
            case ValueError -> PyErr.ValueError;
            case TypeError -> PyErr.TypeError;
            case MemoryError -> PyErr.MemoryError;
        };
        throw raiseMessage(location, type, e.getMessage());
    }

    /** Raises the Python exception a str helper signalled; a KeyError carries the missing key. */
    @TruffleBoundary
    public static PyException raise(Node location, TextError e) {
        BuiltinTypes types = PytLanguage.get(location).types();
        if (e.kind == TextError.Kind.KeyError && e.key != null) {
            throw PyErrors.raiseWithArgs(location, types.KeyError, PyStrings.of(e.key));
        }
        throw raiseMessage(location, PyErr.valueOf(e.kind.name()), e.getMessage());
    }

    /** An exception whose empty message means "no arguments", as CPython's bare MemoryError. */
    @TruffleBoundary
    public static PyException raiseMessage(Node location, PyErr err, String message) {
        PyType type = err.get(PytLanguage.get(location).types());
        throw PyErrors.raise(location, type, message == null || message.isEmpty() ? null : message);
    }

    @TruffleBoundary
    public static PyException memoryError(Node location) {
        throw raiseMessage(location, PyErr.MemoryError, null);
    }

    @TruffleBoundary
    public static PyException unsupportedBinary(Node location, BinaryOp op, Object left, Object right) {
        throw PyErrors.typeError(location, UNSUPPORTED_BINARY, op.errorSymbol(), typeName(location, left), typeName(location, right));
    }

    @TruffleBoundary
    public static PyException badUnary(Node location, String symbol, Object operand) {
        throw PyErrors.typeError(location, BAD_UNARY, symbol, typeName(location, operand));
    }

    @TruffleBoundary
    public static PyException notSupportedBetween(Node location, String symbol, Object left, Object right) {
        throw PyErrors.typeError(location, NOT_SUPPORTED_BETWEEN, symbol, typeName(location, left), typeName(location, right));
    }

    @TruffleBoundary
    public static PyException descriptorRequires(Node location, String method, String owner, Object self) {
        throw PyErrors.typeError(location, DESCRIPTOR_REQUIRES, method, owner, typeName(location, self));
    }

    @TruffleBoundary
    public static String typeName(Node location, Object value) {
        return PytLanguage.get(location).types().typeOf(value).getName();
    }
}
