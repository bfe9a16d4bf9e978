package pyt.modules;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pyt.builtins.BuiltinHelpers;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyModule;
import pyt.runtime.PyNone;
import pyt.runtime.PyType;
import pyt.runtime.numbers.IntOps;
import pyt.runtime.numbers.NumericError;

/**
 * The {@code math} module: its constants, and the argument conversion and error rules its
 * functions share ({@link MathFunctions} for floats, {@link MathIntegerFunctions} for integers
 * and sums).
 */
public final class MathModule {
    private MathModule() {
    }

    static PyModule create(PyModule m) {
        m.set("pi", Math.PI);
        m.set("e", Math.E);
        m.set("tau", 2 * Math.PI);
        m.set("inf", Double.POSITIVE_INFINITY);
        m.set("nan", Double.NaN);
        return m;
    }

    /** A float argument: {@code must be real number, not str} for anything but numbers. */
    @TruffleBoundary
    static double toDouble(Object x) {
        if (x instanceof Double d) {
            return d;
        } else if (x instanceof Long l) {
            return l;
        } else if (x instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        } else if (x instanceof BigInteger) {
            try {
                return IntOps.toDouble(x);
            } catch (NumericError e) {
                throw BuiltinHelpers.raise(null, e);
            }
        }
        PyType type = BuiltinHelpers.typeOfValue(x);
        Object m = type.lookup("__float__");
        if (m != null && m != PyNone.NONE) {
            Object r = CallDispatchNode.callUncached(m, x);
            if (r instanceof Double d) {
                return d;
            }
            throw PyErrors.typeError(null, "%s.__float__ returned non-float (type %s)", type.getName(), BuiltinHelpers.typeName(r));
        }
        Object i = BuiltinHelpers.indexOrNull(x);
        if (i != null) {
            return toDouble(i);
        }
        throw PyErrors.typeError(null, "must be real number, not %s", type.getName());
    }

    static PyException domainError() {
        throw PyErrors.raise(null, PyErr.ValueError, "math domain error");
    }

    static PyException rangeError() {
        throw PyErrors.raise(null, PyErr.OverflowError, "math range error");
    }

    /**
     * CPython's {@code math_1}: a NaN result from a non-NaN argument is a domain error, an
     * infinite result from a finite argument a range error (or a domain error where the
     * function cannot overflow, like {@code log(0)}).
     */
    static double check(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    /** Two-argument variant: non-NaN arguments may not give NaN; finite ones may not give infinity. */
    static double check2(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw rangeError();
        }
        return r;
    }
}
