package pyt.modules;

import static pyt.modules.MathFunctions.unary;
import static pyt.modules.MathModule.toDouble;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.builtins.Builtin;
import pyt.builtins.BuiltinModule;
import pyt.builtins.PytBuiltinNode;
import pyt.nodes.lib.Iteration;
import pyt.runtime.PyErrors;
import pyt.runtime.PyTuple;

/** The trigonometric and hyperbolic functions of {@code math}, angle conversion and distances. */
@BuiltinModule(name = "math")
public final class MathTrigFunctions {
    private MathTrigFunctions() {
    }

    @Builtin(name = "sin", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class SinNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object sin(Object x) {
            return unary(x, Math::sin, false);
        }
    }

    @Builtin(name = "cos", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class CosNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object cos(Object x) {
            return unary(x, Math::cos, false);
        }
    }

    @Builtin(name = "tan", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class TanNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object tan(Object x) {
            return unary(x, Math::tan, false);
        }
    }

    @Builtin(name = "asin", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class AsinNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object asin(Object x) {
            return unary(x, Math::asin, false);
        }
    }

    @Builtin(name = "acos", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class AcosNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object acos(Object x) {
            return unary(x, Math::acos, false);
        }
    }

    @Builtin(name = "atan", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class AtanNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object atan(Object x) {
            return unary(x, Math::atan, false);
        }
    }

    @Builtin(name = "atan2", signature = "(y, x, /)")
    @GenerateNodeFactory
    public abstract static class Atan2Node extends PytBuiltinNode.Binary {
        @Specialization
        static Object atan2(Object y, Object x) {
            return Math.atan2(toDouble(y), toDouble(x));
        }
    }

    @Builtin(name = "sinh", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class SinhNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object sinh(Object x) {
            return unary(x, MathSpecial::sinh, true);
        }
    }

    @Builtin(name = "cosh", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class CoshNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object cosh(Object x) {
            return unary(x, MathSpecial::cosh, true);
        }
    }

    @Builtin(name = "tanh", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class TanhNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object tanh(Object x) {
            return unary(x, StrictMath::tanh, false);
        }
    }

    @Builtin(name = "asinh", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class AsinhNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object asinh(Object x) {
            return unary(x, MathSpecial::asinh, false);
        }
    }

    @Builtin(name = "acosh", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class AcoshNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object acosh(Object x) {
            return unary(x, MathSpecial::acosh, false);
        }
    }

    @Builtin(name = "atanh", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class AtanhNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object atanh(Object x) {
            return unary(x, MathSpecial::atanh, false);
        }
    }

    @Builtin(name = "degrees", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class DegreesNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object degrees(Object x) {
            return toDouble(x) * (180.0 / Math.PI);
        }
    }

    @Builtin(name = "radians", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class RadiansNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object radians(Object x) {
            return toDouble(x) * (Math.PI / 180.0);
        }
    }

    @Builtin(name = "hypot", signature = "(*coordinates)")
    @GenerateNodeFactory
    public abstract static class HypotNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object hypot(Object coordinates) {
            Object[] items = ((PyTuple) coordinates).items();
            double[] v = new double[items.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = toDouble(items[i]);
            }
            return vectorNorm(v);
        }
    }

    @Builtin(name = "dist", signature = "(p, q, /)")
    @GenerateNodeFactory
    public abstract static class DistNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object dist(Object p, Object q) {
            Object[] a = Iteration.toArray(p);
            Object[] b = Iteration.toArray(q);
            if (a.length != b.length) {
                throw PyErrors.valueError(null, "both points must have the same number of dimensions");
            }
            double[] d = new double[a.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = toDouble(a[i]) - toDouble(b[i]);
            }
            return vectorNorm(d);
        }
    }

    /** The Euclidean norm, scaled against overflow; infinities win over NaNs as in CPython. */
    static double vectorNorm(double[] v) {
        double max = 0;
        boolean nan = false;
        for (double x : v) {
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            if (Double.isNaN(x)) {
                nan = true;
            }
            max = Math.max(max, Math.abs(x));
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0 || v.length == 1) {
            return max;
        }
        if (v.length == 2) {
            return Math.hypot(v[0], v[1]);
        }
        double sum = 0;
        double comp = 0;
        for (double x : v) {
            double t = x / max;
            double y = t * t - comp;
            double s = sum + y;
            comp = (s - sum) - y;
            sum = s;
        }
        return max * Math.sqrt(sum);
    }
}
