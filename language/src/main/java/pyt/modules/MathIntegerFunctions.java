package pyt.modules;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.builtins.Builtin;
import pyt.builtins.BuiltinHelpers;
import pyt.builtins.BuiltinModule;
import pyt.builtins.PytBuiltinNode;
import pyt.nodes.expression.BinaryOp;
import pyt.nodes.expression.BinaryOpNode;
import pyt.nodes.lib.PyIterNextNode;
import pyt.nodes.lib.PyObjectGetIterNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PyTuple;
import pyt.runtime.numbers.IntOps;

/** The integer functions of {@code math} (gcd, factorial, comb...) and the exact sums fsum and prod. */
@BuiltinModule(name = "math")
public final class MathIntegerFunctions {
    private MathIntegerFunctions() {
    }

    static BigInteger big(Object v) {
        Object i = BuiltinHelpers.index(v);
        return i instanceof BigInteger b ? b : BigInteger.valueOf((Long) i);
    }

    static Object normalize(BigInteger b) {
        return IntOps.normalize(b);
    }

    @Builtin(name = "gcd", signature = "(*integers)")
    @GenerateNodeFactory
    public abstract static class GcdNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object gcd(Object integers) {
            BigInteger g = BigInteger.ZERO;
            for (Object o : ((PyTuple) integers).items()) {
                g = g.gcd(big(o));
            }
            return normalize(g);
        }
    }

    @Builtin(name = "lcm", signature = "(*integers)")
    @GenerateNodeFactory
    public abstract static class LcmNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object lcm(Object integers) {
            BigInteger l = BigInteger.ONE;
            for (Object o : ((PyTuple) integers).items()) {
                BigInteger b = big(o).abs();
                if (b.signum() == 0 || l.signum() == 0) {
                    l = BigInteger.ZERO;
                    continue;
                }
                l = l.divide(l.gcd(b)).multiply(b);
            }
            return normalize(l);
        }
    }

    /** The product of the integers in [lo, hi), by halves so the big multiplications stay balanced. */
    static BigInteger product(long lo, long hi) {
        if (hi - lo <= 16) {
            BigInteger r = BigInteger.ONE;
            long acc = 1;
            for (long i = lo; i < hi; i++) {
                if (acc > Long.MAX_VALUE / Math.max(i, 1)) {
                    r = r.multiply(BigInteger.valueOf(acc));
                    acc = 1;
                }
                acc *= i;
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid, hi));
    }

    @Builtin(name = "factorial", signature = "(n, /)")
    @GenerateNodeFactory
    public abstract static class FactorialNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object factorial(Object n) {
            if (n instanceof Double) {
                throw PyErrors.typeError(null, "'float' object cannot be interpreted as an integer");
            }
            Object i = BuiltinHelpers.index(n);
            if (i instanceof BigInteger b) {
                if (b.signum() < 0) {
                    throw PyErrors.valueError(null, "factorial() not defined for negative values");
                }
                throw PyErrors.raise(null, PyErr.OverflowError, "factorial() argument should not exceed %d", Long.MAX_VALUE);
            }
            long v = (Long) i;
            if (v < 0) {
                throw PyErrors.valueError(null, "factorial() not defined for negative values");
            }
            return normalize(product(2, v + 1));
        }
    }

    static long nonNegative(Object v, String name) {
        Object i = BuiltinHelpers.index(v);
        if (i instanceof BigInteger b) {
            if (b.signum() < 0) {
                throw PyErrors.valueError(null, "%s must be a non-negative integer", name);
            }
            throw PyErrors.raise(null, PyErr.OverflowError, "%s must not exceed %d", name, Long.MAX_VALUE);
        }
        long l = (Long) i;
        if (l < 0) {
            throw PyErrors.valueError(null, "%s must be a non-negative integer", name);
        }
        return l;
    }

    @Builtin(name = "comb", signature = "(n, k, /)")
    @GenerateNodeFactory
    public abstract static class CombNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object comb(Object n, Object k) {
            long nv = nonNegative(n, "n");
            long kv = nonNegative(k, "k");
            if (kv > nv) {
                return 0L;
            }
            kv = Math.min(kv, nv - kv);
            BigInteger r = BigInteger.ONE;
            for (long i = 1; i <= kv; i++) {
                r = r.multiply(BigInteger.valueOf(nv - kv + i)).divide(BigInteger.valueOf(i));
            }
            return normalize(r);
        }
    }

    @Builtin(name = "perm", signature = "(n, k=None, /)")
    @GenerateNodeFactory
    public abstract static class PermNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object perm(Object n, Object k) {
            long nv = nonNegative(n, "n");
            long kv = k == PyNone.NONE ? nv : nonNegative(k, "k");
            if (kv > nv) {
                return 0L;
            }
            return normalize(product(nv - kv + 1, nv + 1));
        }
    }

    @Builtin(name = "isqrt", signature = "(n, /)")
    @GenerateNodeFactory
    public abstract static class IsqrtNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object isqrt(Object n) {
            BigInteger b = big(n);
            if (b.signum() < 0) {
                throw PyErrors.valueError(null, "isqrt() argument must be nonnegative");
            }
            return normalize(b.sqrt());
        }
    }

    @Builtin(name = "prod", signature = "(iterable, /, *, start=1)")
    @GenerateNodeFactory
    public abstract static class ProdNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object prod(Object iterable, Object start) {
            Object it = PyObjectGetIterNode.getIterUncached(iterable);
            Object acc = start;
            Object item;
            while ((item = PyIterNextNode.next(it)) != null) {
                if ((acc instanceof Long || acc instanceof BigInteger) && (item instanceof Long || item instanceof BigInteger)) {
                    acc = IntOps.mul(acc, item);
                } else if (acc instanceof Double a && item instanceof Double b) {
                    acc = a * b;
                } else if (acc instanceof Double a && item instanceof Long b) {
                    acc = a * b;
                } else if (acc instanceof Long a && item instanceof Double b) {
                    acc = a * b;
                } else {
                    acc = BinaryOpNode.getUncached(BinaryOp.MUL).execute(acc, item);
                }
            }
            return acc;
        }
    }

    @Builtin(name = "fsum", signature = "(seq, /)")
    @GenerateNodeFactory
    public abstract static class FsumNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object fsum(Object seq) {
            Object it = PyObjectGetIterNode.getIterUncached(seq);
            double[] p = new double[32];
            int n = 0;
            double specialSum = 0.0;
            double infSum = 0.0;
            Object item;
            while ((item = PyIterNextNode.next(it)) != null) {
                double x = MathModule.toDouble(item);
                double xsave = x;
                int i = 0;
                for (int j = 0; j < n; j++) {
                    double y = p[j];
                    if (Math.abs(x) < Math.abs(y)) {
                        double t = x;
                        x = y;
                        y = t;
                    }
                    double hi = x + y;
                    double yr = hi - x;
                    double lo = y - yr;
                    if (lo != 0.0) {
                        p[i++] = lo;
                    }
                    x = hi;
                }
                n = i;
                if (x != 0.0) {
                    if (!Double.isFinite(x)) {
                        if (Double.isFinite(xsave)) {
                            throw PyErrors.raise(null, PyErr.OverflowError, "intermediate overflow in fsum");
                        }
                        if (Double.isInfinite(xsave)) {
                            infSum += xsave;
                        }
                        specialSum += xsave;
                        n = 0;
                    } else {
                        if (n >= p.length) {
                            p = java.util.Arrays.copyOf(p, p.length * 2);
                        }
                        p[n++] = x;
                    }
                }
            }
            if (specialSum != 0.0) {
                if (Double.isNaN(infSum)) {
                    throw PyErrors.valueError(null, "-inf + inf in fsum");
                }
                return specialSum;
            }
            double hi = 0.0;
            if (n > 0) {
                double lo = 0.0;
                hi = p[--n];
                while (n > 0) {
                    double x = hi;
                    double y = p[--n];
                    hi = x + y;
                    double yr = hi - x;
                    lo = y - yr;
                    if (lo != 0.0) {
                        break;
                    }
                }
                if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                    double y = lo * 2.0;
                    double x = hi + y;
                    double yr = x - hi;
                    if (y == yr) {
                        hi = x;
                    }
                }
            }
            return hi;
        }
    }
}
