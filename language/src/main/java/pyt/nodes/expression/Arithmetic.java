package pyt.nodes.expression;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import pyt.runtime.PyComplex;
import pyt.runtime.PyErr;
import pyt.runtime.PyTuple;
import pyt.runtime.numbers.ComplexOps;
import pyt.runtime.numbers.FloatOps;
import pyt.runtime.numbers.IntBits;
import pyt.runtime.numbers.IntOps;
import pyt.runtime.numbers.NumericError;

/**
 * The semantics of the arithmetic operators on any mix of {@code bool}, {@code int} and
 * {@code float}: one implementation per operator, used by the general specialization of the
 * operator nodes and by the special methods of {@code int}, {@code float} and {@code bool}.
 * The operator nodes' typed specializations are the fast paths of these same rules.
 * Exceptions of the numeric helpers become Python exceptions raised at {@code node}.
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    /** An int or bool ({@code bool} is a subclass of {@code int}). */
    public static boolean isInt(Object v) {
        return v instanceof Long || v instanceof Boolean || v instanceof BigInteger;
    }

    public static boolean isNumber(Object v) {
        return v instanceof Double || isInt(v);
    }

    /** An int or bool as a normalized int: a bool becomes 0 or 1. */
    public static Object asInt(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return v;
    }

    /** A guard: DSL expressions cannot compare a double with a literal. */
    public static boolean nonZero(double d) {
        return d != 0.0;
    }

    /** {@code float(v)} for a number; OverflowError for an int beyond the float range. */
    public static double asDouble(Node node, Object v) {
        if (v instanceof Double d) {
            return d;
        }
        try {
            return IntOps.toDouble(asInt(v));
        } catch (NumericError e) {
            throw OperatorErrors.raise(node, e);
        }
    }

    private static boolean anyFloat(Object a, Object b) {
        return a instanceof Double || b instanceof Double;
    }

    public static Object add(Node node, Object a, Object b) {
        if (anyFloat(a, b)) {
            return asDouble(node, a) + asDouble(node, b);
        }
        return IntOps.add(asInt(a), asInt(b));
    }

    public static Object sub(Node node, Object a, Object b) {
        if (anyFloat(a, b)) {
            return asDouble(node, a) - asDouble(node, b);
        }
        return IntOps.sub(asInt(a), asInt(b));
    }

    public static Object mul(Node node, Object a, Object b) {
        if (anyFloat(a, b)) {
            return asDouble(node, a) * asDouble(node, b);
        }
        return IntOps.mul(asInt(a), asInt(b));
    }

    /** {@code a / b}: int / int is the correctly rounded quotient. */
    public static Object trueDiv(Node node, Object a, Object b) {
        try {
            if (anyFloat(a, b)) {
                return FloatOps.trueDiv(asDouble(node, a), asDouble(node, b));
            }
            return IntOps.trueDiv(asInt(a), asInt(b));
        } catch (NumericError e) {
            throw OperatorErrors.raise(node, e);
        }
    }

    public static Object floorDiv(Node node, Object a, Object b) {
        try {
            if (anyFloat(a, b)) {
                return FloatOps.floorDiv(asDouble(node, a), asDouble(node, b));
            }
            return IntOps.floorDiv(asInt(a), asInt(b));
        } catch (NumericError e) {
            throw OperatorErrors.raise(node, e);
        }
    }

    public static Object mod(Node node, Object a, Object b) {
        try {
            if (anyFloat(a, b)) {
                return FloatOps.mod(asDouble(node, a), asDouble(node, b));
            }
            return IntOps.mod(asInt(a), asInt(b));
        } catch (NumericError e) {
            throw OperatorErrors.raise(node, e);
        }
    }

    /** {@code divmod(a, b)} as a tuple. */
    public static PyTuple divmod(Node node, Object a, Object b) {
        try {
            if (anyFloat(a, b)) {
                double[] qr = FloatOps.divmod(asDouble(node, a), asDouble(node, b));
                return PyTuple.of(qr[0], qr[1]);
            }
            return PyTuple.of(IntOps.divmod(asInt(a), asInt(b)));
        } catch (NumericError e) {
            throw OperatorErrors.raise(node, e);
        }
    }

    /** {@code a ** b}: an int for ints and a non-negative exponent, a float or complex otherwise. */
    public static Object pow(Node node, Object a, Object b) {
        if (anyFloat(a, b)) {
            return pow(node, asDouble(node, a), asDouble(node, b));
        }
        try {
            return IntOps.pow(asInt(a), asInt(b));
        } catch (NumericError e) {
            throw OperatorErrors.raise(node, e);
        }
    }

    /** {@code x ** y} on floats: a negative base with a fractional exponent gives a complex. */
    public static Object pow(Node node, double x, double y) {
        if (FloatOps.powIsComplex(x, y)) {
            try {
                return complexPow(x, y);
            } catch (NumericError e) {
                throw OperatorErrors.raise(node, e);
            }
        }
        return realPow(node, x, y);
    }

    /** {@code x ** y} on floats when {@link FloatOps#powIsComplex} is false. */
    public static double realPow(Node node, double x, double y) {
        try {
            return FloatOps.pow(x, y);
        } catch (NumericError e) {
            throw OperatorErrors.raise(node, e);
        }
    }

    @TruffleBoundary
    private static PyComplex complexPow(double x, double y) {
        double[] p = ComplexOps.pow(x, 0.0, y, 0.0);
        return new PyComplex(p[0], p[1]);
    }

    /** Three-argument {@code pow(a, b, m)} on ints. */
    public static Object powMod(Node node, Object a, Object b, Object m) {
        try {
            return IntOps.pow(asInt(a), asInt(b), asInt(m));
        } catch (NumericError e) {
            throw OperatorErrors.raise(node, e);
        }
    }

    public static Object lshift(Node node, Object a, Object b) {
        Object x = asInt(a);
        Object n = asInt(b);
        if (n instanceof BigInteger count && count.signum() > 0 && !IntOps.isZero(x) && tooManyDigits(count)) {
            // CPython clips such a count and then fails to allocate the digits
            throw OperatorErrors.raiseMessage(node, PyErr.OverflowError, OperatorErrors.TOO_MANY_DIGITS);
        }
        try {
            return IntBits.lshift(x, n);
        } catch (NumericError e) {
            throw OperatorErrors.raise(node, e);
        }
    }

    @TruffleBoundary
    private static boolean tooManyDigits(BigInteger count) {
        // a count whose number of 30-bit digits does not fit CPython's ssize_t / 4
        return count.divide(BigInteger.valueOf(30)).compareTo(BigInteger.valueOf(Long.MAX_VALUE / 4)) >= 0;
    }

    public static Object rshift(Node node, Object a, Object b) {
        try {
            return IntBits.rshift(asInt(a), asInt(b));
        } catch (NumericError e) {
            throw OperatorErrors.raise(node, e);
        }
    }

    /** {@code a & b}: a bool for two bools, else an int. */
    public static Object and(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x & y;
        }
        return IntBits.and(asInt(a), asInt(b));
    }

    public static Object or(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x | y;
        }
        return IntBits.or(asInt(a), asInt(b));
    }

    public static Object xor(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x ^ y;
        }
        return IntBits.xor(asInt(a), asInt(b));
    }

    public static Object neg(Object a) {
        if (a instanceof Double d) {
            return -d;
        }
        return IntOps.neg(asInt(a));
    }

    /** {@code +a}: a bool becomes an int. */
    public static Object pos(Object a) {
        return asInt(a);
    }

    public static Object abs(Object a) {
        if (a instanceof Double d) {
            return Math.abs(d);
        }
        return IntOps.abs(asInt(a));
    }

    public static Object invert(Object a) {
        return IntBits.invert(asInt(a));
    }

    /** A number that mixes with complex: complex, float, int or bool. */
    public static boolean isComplexOperand(Object v) {
        return v instanceof PyComplex || isNumber(v);
    }

    /**
     * {@code a op b} for complex operands ({@code +}, {@code -}, {@code *}, {@code /}, {@code **}),
     * the other operand converted like CPython's complex arithmetic does.
     */
    public static PyComplex complex(Node node, BinaryOp op, Object a, Object b) {
        double ar = a instanceof PyComplex c ? c.real() : asDouble(node, a);
        double ai = a instanceof PyComplex c ? c.imag() : 0.0;
        double br = b instanceof PyComplex c ? c.real() : asDouble(node, b);
        double bi = b instanceof PyComplex c ? c.imag() : 0.0;
        try {
            double[] r = switch (op) {
                case ADD -> ComplexOps.add(ar, ai, br, bi);
                case SUB -> ComplexOps.sub(ar, ai, br, bi);
                case MUL -> ComplexOps.mul(ar, ai, br, bi);
                case TRUEDIV -> ComplexOps.div(ar, ai, br, bi);
                case POW -> ComplexOps.pow(ar, ai, br, bi);
                default -> throw new IllegalArgumentException(op.name());
            };
            return new PyComplex(r[0], r[1]);
        } catch (NumericError e) {
            throw OperatorErrors.raise(node, e);
        }
    }
}
