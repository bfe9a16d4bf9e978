package pyt.runtime.numbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python {@code complex} arithmetic on (re, im) pairs, following CPython's complexobject.c.
 * Results are {@code double[]{re, im}}. Mixed operations convert the real operand to
 * {@code complex(x, 0.0)} first, as CPython does (so {@code (inf+0j) * 2} is {@code (inf+nanj)}).
 */
public final class ComplexOps {
    private ComplexOps() {
    }

    public static double[] add(double ar, double ai, double br, double bi) {
        return new double[]{ar + br, ai + bi};
    }

    public static double[] sub(double ar, double ai, double br, double bi) {
        return new double[]{ar - br, ai - bi};
    }

    public static double[] mul(double ar, double ai, double br, double bi) {
        return new double[]{ar * br - ai * bi, ar * bi + ai * br};
    }

    public static double[] neg(double r, double i) {
        return new double[]{-r, -i};
    }

    /** {@code a / b} (CPython's _Py_c_quot, Smith's algorithm). */
    public static double[] div(double ar, double ai, double br, double bi) {
        double[] r = quot(ar, ai, br, bi);
        if (r == null) {
            throw NumericError.zeroDivision("complex division by zero");
        }
        return r;
    }

    /** Null when dividing by zero. */
    private static double[] quot(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return null;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[]{(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        } else if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[]{(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        } else {
            return new double[]{Double.NaN, Double.NaN};
        }
    }

    /** {@code abs(z)}; OverflowError when finite parts give an infinite modulus. */
    public static double abs(double r, double i) {
        if (!Double.isFinite(r) || !Double.isFinite(i)) {
            if (Double.isInfinite(r) || Double.isInfinite(i)) {
                return Double.POSITIVE_INFINITY;
            }
            return Double.NaN;
        }
        double h = hypot(r, i);
        if (Double.isInfinite(h)) {
            throw NumericError.overflow("absolute value too large");
        }
        return h;
    }

    /** Correctly rounded {@code sqrt(x*x + y*y)} for finite x, y (as glibc's hypot). */
    @TruffleBoundary
    static double hypot(double x, double y) {
        if (x == 0.0 || y == 0.0) {
            return Math.abs(x) + Math.abs(y);
        }
        java.math.BigDecimal bx = new java.math.BigDecimal(x);
        java.math.BigDecimal by = new java.math.BigDecimal(y);
        return bx.multiply(bx).add(by.multiply(by)).sqrt(new java.math.MathContext(40)).doubleValue();
    }

    /** {@code a ** b} (CPython's complex_pow: repeated multiplication for small integral exponents). */
    @TruffleBoundary
    public static double[] pow(double ar, double ai, double br, double bi) {
        double[] p;
        if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            p = powi(ar, ai, (long) br);
        } else {
            p = cpow(ar, ai, br, bi);
        }
        if (p == null) {
            throw NumericError.zeroDivision("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(p[0]) || Double.isInfinite(p[1])) {
            throw NumericError.overflow("complex exponentiation");
        }
        return p;
    }

    private static double[] cpow(double ar, double ai, double br, double bi) {
        if (br == 0.0 && bi == 0.0) {
            return new double[]{1.0, 0.0};
        }
        if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) {
                return null;
            }
            return new double[]{0.0, 0.0};
        }
        double vabs = Math.hypot(ar, ai);
        double len = Math.pow(vabs, br);
        double at = Math.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        if (Double.isInfinite(phase)) {
            return null; // cos(inf) sets errno = EDOM in C
        }
        return new double[]{len * Math.cos(phase), len * Math.sin(phase)};
    }

    private static double[] powu(double xr, double xi, long n) {
        double rr = 1.0;
        double ri = 0.0;
        double pr = xr;
        double pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            mask <<= 1;
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new double[]{rr, ri};
    }

    private static double[] powi(double xr, double xi, long n) {
        if (n > 0) {
            return powu(xr, xi, n);
        }
        double[] d = powu(xr, xi, -n);
        return quot(1.0, 0.0, d[0], d[1]);
    }

    public static boolean eq(double ar, double ai, double br, double bi) {
        return ar == br && ai == bi;
    }

    /**
     * CPython's complex hash: {@code hash(re) + 1000003 * hash(im)}. A NaN part hashes by the
     * complex object's identity in CPython; callers wanting that substitute it for NaN parts.
     */
    public static long hash(double r, double i) {
        long h = FloatOps.hash(r) + 1000003L * FloatOps.hash(i);
        return h == -1 ? -2 : h;
    }

    /** {@code repr(z)} and {@code str(z)}: {@code '(1+2j)'}, {@code '1j'}, {@code '(-0-1j)'}, {@code '(nan+infj)'}. */
    @TruffleBoundary
    public static String repr(double r, double i) {
        if (r == 0.0 && Double.doubleToRawLongBits(r) == 0) {
            return FloatFormat.toString(i, 'r', 0, false, false, false, false) + "j";
        }
        return "(" + FloatFormat.toString(r, 'r', 0, false, false, false, false)
                        + FloatFormat.toString(i, 'r', 0, true, false, false, false) + "j)";
    }
}
