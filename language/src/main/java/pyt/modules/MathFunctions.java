package pyt.modules;

import static pyt.modules.MathModule.check;
import static pyt.modules.MathModule.check2;
import static pyt.modules.MathModule.domainError;
import static pyt.modules.MathModule.toDouble;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.builtins.Builtin;
import pyt.builtins.BuiltinHelpers;
import pyt.builtins.BuiltinModule;
import pyt.builtins.PytBuiltinNode;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.numbers.FloatOps;
import pyt.runtime.numbers.NumericError;

/** The float functions of {@code math} (roots, exponentials, logarithms, rounding, float parts), with CPython's domain and range errors. */
@BuiltinModule(name = "math")
public final class MathFunctions {
    private MathFunctions() {
    }

    @TruffleBoundary
    static Object unary(Object x, DoubleUnaryOperator f, boolean canOverflow) {
        double v = toDouble(x);
        return check(v, f.applyAsDouble(v), canOverflow);
    }

    @Builtin(name = "sqrt", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class SqrtNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object sqrt(Object x) {
            return unary(x, Math::sqrt, false);
        }
    }

    @Builtin(name = "cbrt", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class CbrtNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object cbrt(Object x) {
            return unary(x, Math::cbrt, false);
        }
    }

    @Builtin(name = "exp", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class ExpNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object exp(Object x) {
            return unary(x, Math::exp, true);
        }
    }

    @Builtin(name = "exp2", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class Exp2Node extends PytBuiltinNode.Unary {
        @Specialization
        static Object exp2(Object x) {
            return unary(x, v -> Math.pow(2.0, v), true);
        }
    }

    @Builtin(name = "expm1", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class Expm1Node extends PytBuiltinNode.Unary {
        @Specialization
        static Object expm1(Object x) {
            return unary(x, Math::expm1, true);
        }
    }

    /** The natural logarithm of an int or float, exact for ints beyond the float range. */
    @TruffleBoundary
    static double log(Object x) {
        if (x instanceof BigInteger || x instanceof Long || x instanceof Boolean) {
            BigInteger b = x instanceof BigInteger big ? big : BigInteger.valueOf(x instanceof Long l ? l : ((Boolean) x ? 1 : 0));
            if (b.signum() <= 0) {
                throw domainError();
            }
            int bits = b.bitLength();
            if (bits <= 1000) {
                return Math.log(b.doubleValue());
            }
            int shift = bits - 64;
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2.0);
        }
        double v = toDouble(x);
        if (Double.isNaN(v)) {
            return v;
        }
        if (v <= 0) {
            throw domainError();
        }
        return Math.log(v);
    }

    @Builtin(name = "log", signature = "(x, base=_, /)")
    @GenerateNodeFactory
    public abstract static class LogNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object log(Object x, Object base) {
            double num = MathFunctions.log(x);
            if (base == PyNone.NO_VALUE) {
                return num;
            }
            double den = MathFunctions.log(base);
            if (den == 0.0) {
                throw PyErrors.raise(null, PyErr.ZeroDivisionError, "float division by zero");
            }
            return num / den;
        }
    }

    @Builtin(name = "log2", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class Log2Node extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object log2(Object x) {
            if (x instanceof Double d && d > 0 && Double.isFinite(d)) {
                int e = Math.getExponent(d);
                if (d == Math.scalb(1.0, e)) {
                    return (double) e;
                }
            }
            if (x instanceof Long || x instanceof BigInteger) {
                BigInteger b = x instanceof BigInteger big ? big : BigInteger.valueOf((Long) x);
                if (b.signum() > 0 && b.bitCount() == 1) {
                    return (double) (b.bitLength() - 1);
                }
            }
            return MathFunctions.log(x) / Math.log(2.0);
        }
    }

    @Builtin(name = "log10", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class Log10Node extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object log10(Object x) {
            if (x instanceof Double || x instanceof Long && (Long) x > 0 && (Long) x < (1L << 53)) {
                double v = toDouble(x);
                if (v > 0) {
                    return StrictMath.log10(v);
                }
            }
            return MathFunctions.log(x) / Math.log(10.0);
        }
    }

    @Builtin(name = "log1p", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class Log1pNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object log1p(Object x) {
            return unary(x, v -> v <= -1.0 ? Double.NaN : Math.log1p(v), false);
        }
    }

    @Builtin(name = "fabs", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class FabsNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object fabs(Object x) {
            return Math.abs(toDouble(x));
        }
    }

    /** {@code math.floor}/{@code ceil}/{@code trunc}: ints as they are, floats rounded, else the special method. */
    @TruffleBoundary
    static Object rounding(Object x, String special, int mode) {
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        } else if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        try {
            if (x instanceof Double d) {
                return mode < 0 ? FloatOps.floor(d) : mode > 0 ? FloatOps.ceil(d) : FloatOps.trunc(d);
            }
            PyType type = BuiltinHelpers.typeOfValue(x);
            Object m = type.lookup(special);
            if (m != null && m != PyNone.NONE) {
                return CallDispatchNode.callUncached(m, x);
            }
            if (mode == 0) {
                throw PyErrors.typeError(null, "type %s doesn't define __trunc__ method", type.getName());
            }
            double d = toDouble(x);
            return mode < 0 ? FloatOps.floor(d) : FloatOps.ceil(d);
        } catch (NumericError e) {
            throw BuiltinHelpers.raise(null, e);
        }
    }

    @Builtin(name = "floor", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class FloorNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object floor(Object x) {
            return rounding(x, "__floor__", -1);
        }
    }

    @Builtin(name = "ceil", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class CeilNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object ceil(Object x) {
            return rounding(x, "__ceil__", 1);
        }
    }

    @Builtin(name = "trunc", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class TruncNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object trunc(Object x) {
            return rounding(x, "__trunc__", 0);
        }
    }

    @Builtin(name = "pow", signature = "(x, y, /)")
    @GenerateNodeFactory
    public abstract static class PowNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object pow(Object x, Object y) {
            double a = toDouble(x);
            double b = toDouble(y);
            if (a == 0.0 && b < 0 && Double.isFinite(b)) {
                throw domainError();
            }
            if (a < 0 && Double.isFinite(a) && Double.isFinite(b) && b != Math.rint(b)) {
                throw domainError();
            }
            double r = Math.pow(a, b);
            if (a == 1.0 || b == 0.0) {
                return 1.0;
            }
            return check2(a, b, r);
        }
    }

    @Builtin(name = "isnan", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class IsNanNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean isnan(Object x) {
            return Double.isNaN(toDouble(x));
        }
    }

    @Builtin(name = "isinf", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class IsInfNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean isinf(Object x) {
            return Double.isInfinite(toDouble(x));
        }
    }

    @Builtin(name = "isfinite", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class IsFiniteNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean isfinite(Object x) {
            return Double.isFinite(toDouble(x));
        }
    }

    @Builtin(name = "copysign", signature = "(x, y, /)")
    @GenerateNodeFactory
    public abstract static class CopySignNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object copysign(Object x, Object y) {
            return Math.copySign(toDouble(x), toDouble(y));
        }
    }

    @Builtin(name = "isclose", signature = "(a, b, *, rel_tol=_, abs_tol=_)")
    @GenerateNodeFactory
    public abstract static class IsCloseNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static boolean isclose(Object a, Object b, Object relTol, Object absTol) {
            double x = toDouble(a);
            double y = toDouble(b);
            double rel = relTol == PyNone.NO_VALUE ? 1e-9 : toDouble(relTol);
            double abs = absTol == PyNone.NO_VALUE ? 0.0 : toDouble(absTol);
            if (rel < 0.0 || abs < 0.0) {
                throw PyErrors.valueError(null, "tolerances must be non-negative");
            }
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        }
    }

    @Builtin(name = "fmod", signature = "(x, y, /)")
    @GenerateNodeFactory
    public abstract static class FmodNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object fmod(Object x, Object y) {
            double a = toDouble(x);
            double b = toDouble(y);
            if (Double.isInfinite(b) && Double.isFinite(a)) {
                return a;
            }
            double r = a % b;
            if (Double.isNaN(r) && !Double.isNaN(a) && !Double.isNaN(b)) {
                throw domainError();
            }
            return r;
        }
    }

    @Builtin(name = "remainder", signature = "(x, y, /)")
    @GenerateNodeFactory
    public abstract static class RemainderNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object remainder(Object x, Object y) {
            double a = toDouble(x);
            double b = toDouble(y);
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return Double.NaN;
            }
            if (Double.isInfinite(a) || b == 0.0) {
                throw domainError();
            }
            if (Double.isInfinite(b)) {
                return a;
            }
            return Math.IEEEremainder(a, b);
        }
    }

    @Builtin(name = "modf", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class ModfNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object modf(Object x) {
            double v = toDouble(x);
            if (Double.isInfinite(v)) {
                return PyTuple.of(Math.copySign(0.0, v), v);
            }
            double ip = v < 0 ? Math.ceil(v) : Math.floor(v);
            return PyTuple.of(Math.copySign(v - ip, v), ip);
        }
    }

    @Builtin(name = "frexp", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class FrexpNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object frexp(Object x) {
            double v = toDouble(x);
            if (v == 0.0 || Double.isNaN(v) || Double.isInfinite(v)) {
                return PyTuple.of(v, 0L);
            }
            int e = Math.getExponent(v);
            if (e == Double.MIN_EXPONENT - 1) {
                v *= 0x1p54;
                e = Math.getExponent(v) - 54;
            }
            double m = Math.scalb(v, -(Math.getExponent(v) + 1));
            return PyTuple.of(m, (long) (e + 1));
        }
    }

    @Builtin(name = "ldexp", signature = "(x, i, /)")
    @GenerateNodeFactory
    public abstract static class LdexpNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object ldexp(Object x, Object i) {
            double v = toDouble(x);
            if (i instanceof Double) {
                throw PyErrors.typeError(null, "Expected an int as second argument to ldexp.");
            }
            Object e = BuiltinHelpers.index(i);
            long exp = e instanceof Long l ? l : ((BigInteger) e).signum() * (long) Integer.MAX_VALUE;
            if (v == 0.0 || !Double.isFinite(v)) {
                return v;
            }
            double r = Math.scalb(v, (int) Math.max(Math.min(exp, 10000), -10000));
            if (Double.isInfinite(r)) {
                throw MathModule.rangeError();
            }
            return r;
        }
    }

    @Builtin(name = "ulp", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class UlpNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object ulp(Object x) {
            double v = toDouble(x);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return Math.abs(v);
            }
            v = Math.abs(v);
            if (v == Double.MAX_VALUE) {
                return v - Math.nextDown(v);
            }
            return Math.nextUp(v) - v;
        }
    }

    @Builtin(name = "nextafter", signature = "(x, y, /)")
    @GenerateNodeFactory
    public abstract static class NextAfterNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object nextafter(Object x, Object y) {
            return Math.nextAfter(toDouble(x), toDouble(y));
        }
    }

    @Builtin(name = "erf", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class ErfNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object erf(Object x) {
            return MathSpecial.erf(toDouble(x));
        }
    }

    @Builtin(name = "erfc", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class ErfcNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object erfc(Object x) {
            return MathSpecial.erfc(toDouble(x));
        }
    }

    @Builtin(name = "gamma", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class GammaNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object gamma(Object x) {
            return MathSpecial.gamma(toDouble(x));
        }
    }

    @Builtin(name = "lgamma", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class LgammaNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object lgamma(Object x) {
            return MathSpecial.lgamma(toDouble(x));
        }
    }
}
