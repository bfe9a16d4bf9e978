package pyt.runtime.numbers;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python {@code int} arithmetic. An int is a {@code Long} when it fits, else a {@link BigInteger};
 * every result is normalized ({@link #normalize}), so a {@code BigInteger} result never fits in a
 * long. The {@code long} overloads are the fast paths; the {@code Object} overloads accept either
 * representation. Bitwise operations, shifts and bytes live in {@link IntBits}.
 */
public final class IntOps {
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    /** CPython's hash modulus, 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_HASH_MODULUS = BigInteger.valueOf(HASH_MODULUS);

    private IntOps() {
    }

    // ---- representation ------------------------------------------------------------------

    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    @TruffleBoundary
    public static BigInteger big(Object o) {
        return o instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) o;
    }

    @TruffleBoundary
    static BigInteger big(long l) {
        return BigInteger.valueOf(l);
    }

    public static int signum(Object o) {
        return o instanceof Long l ? Long.signum(l) : ((BigInteger) o).signum();
    }

    public static boolean isZero(Object o) {
        return o instanceof Long l && l == 0;
    }

    // ---- add, sub, mul, neg, abs ---------------------------------------------------------

    public static Object add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return add(big(a), big(b));
        }
        return r;
    }

    @TruffleBoundary
    public static Object add(BigInteger a, BigInteger b) {
        return normalize(a.add(b));
    }

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return add((long) x, (long) y);
        }
        return add(big(a), big(b));
    }

    public static Object sub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return sub(big(a), big(b));
        }
        return r;
    }

    @TruffleBoundary
    public static Object sub(BigInteger a, BigInteger b) {
        return normalize(a.subtract(b));
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return sub((long) x, (long) y);
        }
        return sub(big(a), big(b));
    }

    public static Object mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return mul(big(a), big(b));
    }

    @TruffleBoundary
    public static Object mul(BigInteger a, BigInteger b) {
        return normalize(a.multiply(b));
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return mul((long) x, (long) y);
        }
        return mul(big(a), big(b));
    }

    public static Object neg(long a) {
        return a == Long.MIN_VALUE ? neg(big(a)) : (Object) (-a);
    }

    @TruffleBoundary
    public static Object neg(BigInteger a) {
        return normalize(a.negate());
    }

    public static Object neg(Object a) {
        return a instanceof Long l ? neg((long) l) : neg((BigInteger) a);
    }

    public static Object abs(long a) {
        return a == Long.MIN_VALUE ? neg(big(a)) : (Object) Math.abs(a);
    }

    @TruffleBoundary
    public static Object abs(BigInteger a) {
        return normalize(a.abs());
    }

    public static Object abs(Object a) {
        return a instanceof Long l ? abs((long) l) : abs((BigInteger) a);
    }

    // ---- division ------------------------------------------------------------------------

    public static Object floorDiv(long a, long b) {
        if (b == 0) {
            throw NumericError.zeroDivision("integer division or modulo by zero");
        }
        if (a == Long.MIN_VALUE && b == -1) {
            return neg(big(a));
        }
        return Math.floorDiv(a, b);
    }

    @TruffleBoundary
    public static Object floorDiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw NumericError.zeroDivision("integer division or modulo by zero");
        }
        return normalize(floorDivBig(a, b));
    }

    public static Object floorDiv(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return floorDiv((long) x, (long) y);
        }
        return floorDiv(big(a), big(b));
    }

    private static BigInteger floorDivBig(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    public static long mod(long a, long b) {
        if (b == 0) {
            throw NumericError.zeroDivision("integer modulo by zero");
        }
        return Math.floorMod(a, b);
    }

    @TruffleBoundary
    public static Object mod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw NumericError.zeroDivision("integer modulo by zero");
        }
        return normalize(modBig(a, b));
    }

    public static Object mod(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return mod((long) x, (long) y);
        }
        return mod(big(a), big(b));
    }

    private static BigInteger modBig(BigInteger a, BigInteger b) {
        BigInteger r = a.remainder(b);
        if (r.signum() != 0 && r.signum() != b.signum()) {
            r = r.add(b);
        }
        return r;
    }

    /** {@code divmod(a, b)} as {quotient, remainder}. */
    public static Object[] divmod(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long bl = y;
            if (bl == 0) {
                throw NumericError.zeroDivision("integer division or modulo by zero");
            }
            return new Object[]{floorDiv((long) x, bl), Math.floorMod((long) x, bl)};
        }
        return divmodBig(big(a), big(b));
    }

    @TruffleBoundary
    private static Object[] divmodBig(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw NumericError.zeroDivision("integer division or modulo by zero");
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return new Object[]{normalize(qr[0]), normalize(qr[1])};
    }

    private static final long EXACT_DOUBLE = 1L << 53;

    /** {@code a / b} on ints: the correctly rounded quotient, like CPython. */
    public static double trueDiv(long a, long b) {
        if (b == 0) {
            throw NumericError.zeroDivision("division by zero");
        }
        if (-EXACT_DOUBLE <= a && a <= EXACT_DOUBLE && -EXACT_DOUBLE <= b && b <= EXACT_DOUBLE) {
            return (double) a / (double) b;
        }
        return trueDiv(big(a), big(b));
    }

    public static double trueDiv(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return trueDiv((long) x, (long) y);
        }
        return trueDiv(big(a), big(b));
    }

    @TruffleBoundary
    public static double trueDiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw NumericError.zeroDivision("division by zero");
        }
        boolean negative = a.signum() * b.signum() < 0;
        if (a.signum() == 0) {
            return b.signum() < 0 ? -0.0 : 0.0;
        }
        a = a.abs();
        b = b.abs();
        long diff = (long) a.bitLength() - b.bitLength();
        if (diff > 1025) {
            throw NumericError.overflow("integer division result too large for a float");
        }
        double r;
        if (diff < -1080) {
            r = 0.0;
        } else {
            // quotient with at least 55 significant bits; the remainder becomes a sticky bit
            long k = 55 - diff;
            BigInteger[] qr = k >= 0 ? a.shiftLeft((int) k).divideAndRemainder(b)
                            : a.divideAndRemainder(b.shiftLeft((int) -k));
            r = DoubleRounding.scale(qr[0], -k, qr[1].signum() != 0);
            if (Double.isInfinite(r)) {
                throw NumericError.overflow("integer division result too large for a float");
            }
        }
        return negative ? -r : r;
    }

    // ---- power ---------------------------------------------------------------------------

    /**
     * {@code a ** b}: an int ({@code Long} or {@code BigInteger}) for {@code b >= 0}, a
     * {@code Double} for negative {@code b} (CPython computes {@code float(a) ** float(b)}).
     */
    public static Object pow(long a, long b) {
        if (b < 0) {
            return FloatOps.pow((double) a, (double) b);
        }
        long result = 1;
        long base = a;
        long e = b;
        try {
            while (true) {
                if ((e & 1) != 0) {
                    result = Math.multiplyExact(result, base);
                }
                e >>>= 1;
                if (e == 0) {
                    return result;
                }
                base = Math.multiplyExact(base, base);
            }
        } catch (ArithmeticException overflow) {
            return powBig(big(a), big(b));
        }
    }

    public static Object pow(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return pow((long) x, (long) y);
        }
        if (signum(b) < 0) {
            return FloatOps.pow(toDouble(a), toDouble(b));
        }
        return powBig(big(a), big(b));
    }

    @TruffleBoundary
    private static Object powBig(BigInteger a, BigInteger b) {
        if (a.signum() == 0) {
            return b.signum() == 0 ? 1L : 0L;
        }
        if (a.equals(BigInteger.ONE)) {
            return 1L;
        }
        if (a.equals(BigInteger.ONE.negate())) {
            return b.testBit(0) ? -1L : 1L;
        }
        int lowZeros = a.getLowestSetBit();
        if (a.abs().bitCount() == 1) {
            // power of two: a shift, checked for size
            long shift = b.bitLength() > 40 ? Long.MAX_VALUE : b.longValueExact() * lowZeros;
            if (shift >= Integer.MAX_VALUE) {
                throw new NumericError(NumericError.Kind.MemoryError, "");
            }
            BigInteger r = BigInteger.ONE.shiftLeft((int) shift);
            return normalize(a.signum() < 0 && b.testBit(0) ? r.negate() : r);
        }
        if (b.bitLength() > 31 || (long) (a.bitLength() - 1) * b.longValue() >= Integer.MAX_VALUE) {
            throw new NumericError(NumericError.Kind.MemoryError, "");
        }
        return normalize(a.pow(b.intValue()));
    }

    /** Three-argument {@code pow(a, b, m)}, including negative exponents (modular inverse). */
    @TruffleBoundary
    public static Object pow(Object base, Object exp, Object mod) {
        BigInteger m = big(mod);
        if (m.signum() == 0) {
            throw NumericError.value("pow() 3rd argument cannot be 0");
        }
        boolean negativeOutput = m.signum() < 0;
        m = m.abs();
        if (m.equals(BigInteger.ONE)) {
            return 0L;
        }
        BigInteger a = big(base);
        BigInteger b = big(exp);
        if (b.signum() < 0) {
            try {
                a = a.mod(m).modInverse(m);
            } catch (ArithmeticException notInvertible) {
                throw NumericError.value("base is not invertible for the given modulus");
            }
            b = b.negate();
        }
        BigInteger r = a.modPow(b, m);
        if (negativeOutput && r.signum() != 0) {
            r = r.subtract(m);
        }
        return normalize(r);
    }

    /** {@code round(a, ndigits)} for an int: exact, ties to even; a no-op for {@code ndigits >= 0}. */
    public static Object round(Object a, long ndigits) {
        if (ndigits >= 0 || isZero(a)) {
            return a;
        }
        return roundBig(big(a), ndigits);
    }

    @TruffleBoundary
    private static Object roundBig(BigInteger a, long ndigits) {
        // |a| < 10**n / 2 rounds to 0; a has at most bitLength * log10(2) + 1 digits
        if (-ndigits > a.bitLength() * 0.30103 + 2) {
            return 0L;
        }
        BigInteger b = BigInteger.TEN.pow((int) -ndigits);
        BigInteger[] qr = a.divideAndRemainder(b);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) { // floor division, remainder in [0, b)
            q = q.subtract(BigInteger.ONE);
            r = r.add(b);
        }
        int cmp = r.shiftLeft(1).compareTo(b);
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return normalize(q.multiply(b));
    }

    // ---- comparison ----------------------------------------------------------------------

    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return compareBig(big(a), big(b));
    }

    @TruffleBoundary
    private static int compareBig(BigInteger a, BigInteger b) {
        return a.compareTo(b);
    }

    public static boolean eq(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        // normalized values: a Long never equals a BigInteger
        return a instanceof BigInteger x && b instanceof BigInteger y && x.equals(y);
    }

    /** Exact comparison of an int with a float, like CPython's float_richcompare. {@code d} must not be NaN. */
    public static int compareToDouble(Object a, double d) {
        if (a instanceof Long l && Math.abs(l) <= EXACT_DOUBLE && l != Long.MIN_VALUE) {
            return Double.compare((double) l, d == 0.0 ? 0.0 : d);
        }
        return compareToDoubleSlow(a, d);
    }

    @TruffleBoundary
    private static int compareToDoubleSlow(Object a, double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        BigDecimal x = a instanceof Long l ? BigDecimal.valueOf(l) : new BigDecimal((BigInteger) a);
        return x.compareTo(new BigDecimal(d));
    }

    // ---- conversion and hashing ----------------------------------------------------------

    /** {@code float(a)}: correctly rounded; OverflowError when too large. */
    public static double toDouble(Object a) {
        return a instanceof Long l ? (double) l : toDouble((BigInteger) a);
    }

    @TruffleBoundary
    public static double toDouble(BigInteger a) {
        double d = a.doubleValue();
        if (Double.isInfinite(d)) {
            throw NumericError.overflow("int too large to convert to float");
        }
        return d;
    }

    /** {@code float(a)} but infinite instead of an error when too large (for comparisons and tests). */
    @TruffleBoundary
    public static double toDoubleOrInf(Object a) {
        return a instanceof Long l ? (double) l : ((BigInteger) a).doubleValue();
    }

    /** CPython's int hash: the value modulo 2**61 - 1 with the sign kept; -1 becomes -2. */
    public static long hash(long a) {
        if (a == Long.MIN_VALUE) {
            return hash(big(a));
        }
        long h = Math.abs(a) % HASH_MODULUS;
        if (a < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    public static long hash(BigInteger a) {
        long h = a.abs().mod(BIG_HASH_MODULUS).longValue();
        if (a.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    public static long hash(Object a) {
        return a instanceof Long l ? hash((long) l) : hash((BigInteger) a);
    }

    /** {@code a.bit_length()}. */
    public static long bitLength(Object a) {
        if (a instanceof Long l) {
            long v = l;
            return v == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(v));
        }
        return bitLengthBig((BigInteger) a);
    }

    @TruffleBoundary
    private static long bitLengthBig(BigInteger a) {
        return a.abs().bitLength();
    }

    /** {@code a.bit_count()}: the number of ones in the absolute value. */
    public static long bitCount(Object a) {
        if (a instanceof Long l) {
            long v = l;
            return v == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(v));
        }
        return bitCountBig((BigInteger) a);
    }

    @TruffleBoundary
    private static long bitCountBig(BigInteger a) {
        return a.abs().bitCount();
    }
}
