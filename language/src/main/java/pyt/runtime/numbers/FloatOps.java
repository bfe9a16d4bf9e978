package pyt.runtime.numbers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python {@code float} semantics that Java's operators do not give: floor division and modulo
 * with CPython's signs, zeros, infinities and NaN; {@code **} with CPython's special cases;
 * {@code hash}, {@code round}, conversions to int. Formatting lives in {@link FloatRepr} and
 * {@link FloatFormat}, {@code hex}/{@code fromhex} in {@link FloatHex}.
 */
public final class FloatOps {
    private FloatOps() {
    }

    public static double trueDiv(double a, double b) {
        if (b == 0.0) {
            throw NumericError.zeroDivision("float division by zero");
        }
        return a / b;
    }

    /** {@code a % b} (CPython's float_rem). */
    public static double mod(double a, double b) {
        if (b == 0.0) {
            throw NumericError.zeroDivision("float modulo");
        }
        double mod = a % b; // C fmod
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    /** {@code a // b} (CPython's float_floor_div). */
    public static double floorDiv(double a, double b) {
        if (b == 0.0) {
            throw NumericError.zeroDivision("float floor division by zero");
        }
        return divmodNoCheck(a, b)[0];
    }

    /** {@code divmod(a, b)} as {floor quotient, remainder}. */
    public static double[] divmod(double a, double b) {
        if (b == 0.0) {
            throw NumericError.zeroDivision("float divmod()");
        }
        return divmodNoCheck(a, b);
    }

    private static double[] divmodNoCheck(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[]{floordiv, mod};
    }

    private static boolean isOddInteger(double d) {
        return Math.abs(d % 2.0) == 1.0;
    }

    /**
     * True when {@code x ** y} is complex in Python 3 (a negative finite base with a finite
     * non-integral exponent): the caller must then compute {@link ComplexOps#pow} instead.
     */
    public static boolean powIsComplex(double x, double y) {
        return x < 0.0 && !Double.isInfinite(x) && Double.isFinite(y) && y != Math.floor(y);
    }

    /**
     * {@code x ** y} (CPython's float_pow). Callers check {@link #powIsComplex} first; if they
     * did not, a ValueError is thrown for that case.
     */
    public static double pow(double iv, double iw) {
        if (iw == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(iv)) {
            return iv;
        }
        if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (Double.isInfinite(iw)) {
            double av = Math.abs(iv);
            if (av == 1.0) {
                return 1.0;
            } else if ((iw > 0.0) == (av > 1.0)) {
                return Math.abs(iw);
            } else {
                return 0.0;
            }
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0.0) {
                return odd ? iv : Math.abs(iv);
            } else {
                return odd ? Math.copySign(0.0, iv) : 0.0;
            }
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0.0) {
                throw NumericError.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return odd ? iv : 0.0;
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                throw NumericError.value("negative number cannot be raised to a fractional power");
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double ix = Math.pow(iv, iw);
        if (Double.isInfinite(ix)) {
            throw NumericError.overflow("(34, 'Numerical result out of range')");
        }
        return negate ? -ix : ix;
    }

    // ---- hashing -------------------------------------------------------------------------

    private static final int HASH_BITS = 61;

    /**
     * CPython's {@code _Py_HashDouble}: integral values hash like the equal int, infinities to
     * +-314159. NaN hashes by object identity in CPython 3.10+; this returns 0 for it and the
     * caller should use the identity hash of the float object instead.
     */
    public static long hash(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? 0 : v > 0 ? 314159 : -314159;
        }
        if (v == 0.0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(v);
        int e = Math.getExponent(v);
        double m;
        if (e == Double.MIN_EXPONENT - 1) { // subnormal
            double n = v * 0x1p54;
            e = Math.getExponent(n) - 54;
            m = Math.scalb(n, -(Math.getExponent(n) + 1));
        } else {
            m = Math.scalb(v, -(e + 1));
        }
        e = e + 1; // frexp: v = m * 2**e, 0.5 <= |m| < 1
        int sign = bits < 0 ? -1 : 1;
        m = Math.abs(m);
        long x = 0;
        while (m != 0.0) {
            x = ((x << 28) & IntOps.HASH_MODULUS) | x >>> (HASH_BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= IntOps.HASH_MODULUS) {
                x -= IntOps.HASH_MODULUS;
            }
        }
        e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
        x = ((x << e) & IntOps.HASH_MODULUS) | x >>> (HASH_BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    // ---- conversion to int ---------------------------------------------------------------

    /** {@code int(x)}: truncation toward zero, as a normalized int. */
    public static Object toInt(double x) {
        if (x > -0x1p63 && x < 0x1p63) {
            return (long) x;
        }
        return toIntSlow(x);
    }

    @TruffleBoundary
    private static Object toIntSlow(double x) {
        if (Double.isNaN(x)) {
            throw NumericError.value("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw NumericError.overflow("cannot convert float infinity to integer");
        }
        return IntOps.normalize(new BigDecimal(x).toBigInteger());
    }

    public static Object trunc(double x) {
        return toInt(x);
    }

    public static Object floor(double x) {
        return toInt(Math.floor(x));
    }

    public static Object ceil(double x) {
        return toInt(Math.ceil(x));
    }

    /** {@code round(x)}: to the nearest int, ties to even. */
    public static Object round(double x) {
        return toInt(Math.rint(x));
    }

    private static final int NDIGITS_MAX = 323;
    private static final int NDIGITS_MIN = -308;

    /** {@code round(x, ndigits)}: correctly rounded (on the exact binary value), ties to even. */
    @TruffleBoundary
    public static double round(double x, long ndigits) {
        if (!Double.isFinite(x) || x == 0.0) {
            return x;
        }
        if (ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        double r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw NumericError.overflow("rounded value too large to represent");
        }
        return Math.copySign(r, x);
    }

    public static boolean isInteger(double x) {
        return Double.isFinite(x) && Math.floor(x) == x;
    }

    /** {@code x.as_integer_ratio()} as {numerator, denominator}, in lowest terms. */
    @TruffleBoundary
    public static Object[] asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw NumericError.overflow("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw NumericError.value("cannot convert NaN to integer ratio");
        }
        if (x == 0.0) {
            return new Object[]{0L, 1L};
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            mant |= 1L << 52;
            e = biased - 1075;
        }
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        e += tz;
        if (bits < 0) {
            mant = -mant;
        }
        if (e >= 0) {
            return new Object[]{IntOps.normalize(BigInteger.valueOf(mant).shiftLeft(e)), 1L};
        }
        return new Object[]{mant, IntOps.normalize(BigInteger.ONE.shiftLeft(-e))};
    }
}
