package pyt.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.expression.CompareNode;
import pyt.nodes.lib.PyObjectIsTrueNode;
import pyt.nodes.lib.PyObjectRichCompareNode;
import pyt.runtime.PyBoxedValue;
import pyt.runtime.BuiltinTypes;
import pyt.parser.ast.Expr;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyNone;
import pyt.runtime.PyList;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.numbers.IntOps;
import pyt.runtime.numbers.NumericError;
import pyt.runtime.text.TextError;

/**
 * What the builtins share: turning the errors of the pure-Java libraries ({@link NumericError},
 * {@link TextError}) into Python exceptions, and checking and converting arguments the way
 * CPython's argument clinic does, with its messages.
 */
public final class BuiltinHelpers {
    private BuiltinHelpers() {
    }

    static BuiltinTypes types() {
        return PytLanguage.get(null).types();
    }

    /** Raises the Python exception a numeric library error names. */
    @TruffleBoundary
    public static PyException raise(Node location, NumericError e) {
        throw PyErrors.raise(location, types().byName(e.kind.name()), e.getMessage());
    }

    /** Raises the Python exception a text library error names ({@code KeyError(key)} for missing keys). */
    @TruffleBoundary
    public static PyException raise(Node location, TextError e) {
        PyType type = types().byName(e.kind.name());
        if (e.kind == TextError.Kind.KeyError && e.key != null) {
            throw PyErrors.raiseWithArgs(location, type, PyStrings.of(e.key));
        }
        throw PyErrors.raise(location, type, e.getMessage());
    }

    /** Either library error, or rethrows anything else. */
    public static RuntimeException raise(Node location, RuntimeException e) {
        if (e instanceof NumericError n) {
            throw raise(location, n);
        } else if (e instanceof TextError t) {
            throw raise(location, t);
        }
        throw e;
    }

    @TruffleBoundary
    public static PyType typeOfValue(Object value) {
        return types().typeOf(value);
    }

    @TruffleBoundary
    public static String typeName(Object value) {
        return types().typeOf(value).getName();
    }

    /** {@code descriptor 'append' for 'list' objects doesn't apply to a 'int' object}. */
    @TruffleBoundary
    public static PyException descriptorError(String method, String owner, Object self) {
        throw PyErrors.typeError(null, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", method, owner,
                        typeName(self));
    }

    /** The text of a str argument, or null if {@code value} is not a str. */
    @TruffleBoundary
    public static String strOrNull(Object value) {
        return PyBoxedValue.unbox(value) instanceof TruffleString s ? PyStrings.toJava(s) : null;
    }

    /** The text of a str argument; otherwise {@code TypeError: <what> must be str, not int}. */
    @TruffleBoundary
    public static String str(Object value, String what) {
        if (PyBoxedValue.unbox(value) instanceof TruffleString s) {
            return PyStrings.toJava(s);
        }
        throw PyErrors.typeError(null, "%s must be str, not %s", what, typeName(value));
    }

    public static boolean given(Object value) {
        return value != PyNone.NO_VALUE;
    }

    public static boolean givenNotNone(Object value) {
        return value != PyNone.NO_VALUE && value != PyNone.NONE;
    }

    /**
     * {@code operator.index(value)}: an int (Long or BigInteger) from an int, bool or
     * {@code __index__}, or null when the value has none.
     */
    @TruffleBoundary
    public static Object indexOrNull(Object value) {
        if (value instanceof Long || value instanceof BigInteger) {
            return value;
        } else if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (value instanceof Integer i) {
            return (long) i;
        }
        PyType type = types().typeOf(value);
        Object index = type.lookup("__index__");
        if (index == null || index == PyNone.NONE) {
            return null;
        }
        Object r = CallDispatchNode.callUncached(index, value);
        if (r instanceof Long || r instanceof BigInteger) {
            return r;
        } else if (r instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        throw PyErrors.typeError(null, "__index__ returned non-int (type %s)", typeName(r));
    }

    /** {@code operator.index(value)} with {@code 'x' object cannot be interpreted as an integer}. */
    @TruffleBoundary
    public static Object index(Object value) {
        Object r = indexOrNull(value);
        if (r == null) {
            throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", typeName(value));
        }
        return r;
    }

    /** An index that must fit a C {@code Py_ssize_t}. */
    @TruffleBoundary
    public static long asSize(Object value) {
        Object r = index(value);
        if (r instanceof Long l) {
            return l;
        }
        throw PyErrors.raise(null, PyErr.OverflowError, "Python int too large to convert to C ssize_t");
    }

    /** Like {@link #asSize} but clamps big ints, as slice-style start/end arguments do. */
    @TruffleBoundary
    public static long asClampedSize(Object value) {
        Object r = index(value);
        if (r instanceof Long l) {
            return l;
        }
        return ((BigInteger) r).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** {@code start}/{@code end} arguments of find, count, index...: None or absent means no bound. */
    @TruffleBoundary
    public static long startArg(Object value) {
        if (!givenNotNone(value)) {
            return pyt.runtime.text.CodePoints.NO_START;
        }
        return slicingIndex(value);
    }

    @TruffleBoundary
    public static long endArg(Object value) {
        if (!givenNotNone(value)) {
            return pyt.runtime.text.CodePoints.NO_END;
        }
        return slicingIndex(value);
    }

    private static long slicingIndex(Object value) {
        Object r = indexOrNull(value);
        if (r == null) {
            throw PyErrors.typeError(null, "slice indices must be integers or None or have an __index__ method");
        }
        if (r instanceof Long l) {
            return Math.max(Math.min(l, Long.MAX_VALUE - 1), Long.MIN_VALUE + 1);
        }
        return ((BigInteger) r).signum() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE - 1;
    }

    @TruffleBoundary
    public static boolean isTrue(Object value) {
        return PyObjectIsTrueNode.isTrueUncached(value);
    }

    /** {@code a == b} as containers compare items: identity first, then {@code ==}. */
    @TruffleBoundary
    public static boolean itemEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof TruffleString x && b instanceof TruffleString y) {
            return x.equals(y);
        }
        return PyObjectRichCompareNode.eqUncached(a, b);
    }

    /** {@code PyCallable_Check}. */
    @TruffleBoundary
    public static boolean isCallable(Object value) {
        if (value instanceof pyt.runtime.PyCallable || value instanceof pyt.runtime.PyMethod || value instanceof PyType) {
            return true;
        }
        Object call = types().typeOf(value).lookup("__call__");
        return call != null && call != PyNone.NONE;
    }

    /**
     * {@code a op b} as a truth value, for sorting, {@code min}/{@code max} and sequence
     * comparison: ints, floats, strs, lists and tuples directly, everything else through the
     * comparison operator node.
     */
    @TruffleBoundary
    public static boolean compare(Expr.CmpOpKind op, Object a, Object b) {
        int c;
        if (a instanceof Long x && b instanceof Long y) {
            c = Long.compare(x, y);
        } else if (a instanceof TruffleString x && b instanceof TruffleString y) {
            c = x.compareIntsUTF32Uncached(y);
        } else if (isInt(a) && isInt(b)) {
            c = IntOps.compare(intValue(a), intValue(b));
        } else if (a instanceof Double x && b instanceof Double y) {
            return compareDoubles(op, x, y);
        } else if (a instanceof Double x && isInt(b)) {
            if (Double.isNaN(x)) {
                return op == Expr.CmpOpKind.NOTEQ;
            }
            c = -IntOps.compareToDouble(intValue(b), x);
        } else if (isInt(a) && b instanceof Double y) {
            if (Double.isNaN(y)) {
                return op == Expr.CmpOpKind.NOTEQ;
            }
            c = IntOps.compareToDouble(intValue(a), y);
        } else if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return compareSequences(op, x.items(), x.size(), y.items(), y.size());
        } else if (a instanceof PyList x && b instanceof PyList y) {
            return compareSequences(op, x.rawItems(), x.size(), y.rawItems(), y.size());
        } else {
            return isTrue(CompareNode.getUncached(op).execute(a, b));
        }
        return switch (op) {
            case LT -> c < 0;
            case LTE -> c <= 0;
            case GT -> c > 0;
            case GTE -> c >= 0;
            case EQ -> c == 0;
            case NOTEQ -> c != 0;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static boolean compareDoubles(Expr.CmpOpKind op, double x, double y) {
        return switch (op) {
            case LT -> x < y;
            case LTE -> x <= y;
            case GT -> x > y;
            case GTE -> x >= y;
            case EQ -> x == y;
            case NOTEQ -> x != y;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
    }

    private static Object intValue(Object v) {
        return v instanceof Boolean b ? (b ? 1L : 0L) : v;
    }

    /** Lexicographic comparison of two sequences, as list and tuple compare. */
    @TruffleBoundary
    public static boolean compareSequences(Expr.CmpOpKind op, Object[] a, int na, Object[] b, int nb) {
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            if (!itemEquals(a[i], b[i])) {
                if (op == Expr.CmpOpKind.EQ) {
                    return false;
                } else if (op == Expr.CmpOpKind.NOTEQ) {
                    return true;
                }
                return compare(op, a[i], b[i]);
            }
        }
        return switch (op) {
            case LT -> na < nb;
            case LTE -> na <= nb;
            case GT -> na > nb;
            case GTE -> na >= nb;
            case EQ -> na == nb;
            case NOTEQ -> na != nb;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    /** {@code a < b}. */
    public static boolean less(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        return compare(Expr.CmpOpKind.LT, a, b);
    }
}
