package pyt.runtime.numbers;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Bitwise operators, shifts and {@code int.to_bytes}/{@code int.from_bytes}. Python ints behave
 * as infinite two's complement, exactly like {@link BigInteger}'s bit operations; right shifts
 * of negative numbers floor.
 */
public final class IntBits {
    private IntBits() {
    }

    public static long and(long a, long b) {
        return a & b;
    }

    public static Object and(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x & y;
        }
        return andBig(IntOps.big(a), IntOps.big(b));
    }

    @TruffleBoundary
    private static Object andBig(BigInteger a, BigInteger b) {
        return IntOps.normalize(a.and(b));
    }

    public static Object or(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x | y;
        }
        return orBig(IntOps.big(a), IntOps.big(b));
    }

    @TruffleBoundary
    private static Object orBig(BigInteger a, BigInteger b) {
        return IntOps.normalize(a.or(b));
    }

    public static Object xor(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x ^ y;
        }
        return xorBig(IntOps.big(a), IntOps.big(b));
    }

    @TruffleBoundary
    private static Object xorBig(BigInteger a, BigInteger b) {
        return IntOps.normalize(a.xor(b));
    }

    /** {@code ~a}, that is {@code -a - 1}. */
    public static Object invert(Object a) {
        if (a instanceof Long x) {
            return ~x;
        }
        return invertBig((BigInteger) a);
    }

    @TruffleBoundary
    private static Object invertBig(BigInteger a) {
        return IntOps.normalize(a.not());
    }

    private static NumericError negativeShift() {
        return NumericError.value("negative shift count");
    }

    /** {@code a << n}. */
    public static Object lshift(long a, long n) {
        if (n < 0) {
            throw negativeShift();
        }
        if (a == 0) {
            return 0L;
        }
        if (n < 63) {
            long r = a << n;
            if (r >> n == a) {
                return r;
            }
        }
        return lshiftBig(IntOps.big(a), n);
    }

    public static Object lshift(Object a, Object n) {
        if (IntOps.signum(n) < 0) {
            throw negativeShift();
        }
        if (IntOps.isZero(a)) {
            return 0L;
        }
        if (!(n instanceof Long count)) {
            throw new NumericError(NumericError.Kind.MemoryError, "");
        }
        if (a instanceof Long x) {
            return lshift((long) x, (long) count);
        }
        return lshiftBig((BigInteger) a, count);
    }

    @TruffleBoundary
    private static Object lshiftBig(BigInteger a, long n) {
        if (n + a.bitLength() >= Integer.MAX_VALUE) {
            throw new NumericError(NumericError.Kind.MemoryError, "");
        }
        return IntOps.normalize(a.shiftLeft((int) n));
    }

    /** {@code a >> n} (floors for negative {@code a}). */
    public static long rshift(long a, long n) {
        if (n < 0) {
            throw negativeShift();
        }
        return a >> Math.min(n, 63);
    }

    public static Object rshift(Object a, Object n) {
        if (IntOps.signum(n) < 0) {
            throw negativeShift();
        }
        if (!(n instanceof Long count) || count >= Integer.MAX_VALUE) {
            return IntOps.signum(a) < 0 ? -1L : 0L;
        }
        if (a instanceof Long x) {
            return rshift((long) x, (long) count);
        }
        return rshiftBig((BigInteger) a, (int) (long) count);
    }

    @TruffleBoundary
    private static Object rshiftBig(BigInteger a, int n) {
        return IntOps.normalize(a.shiftRight(n));
    }

    // ---- bytes ---------------------------------------------------------------------------

    private static boolean littleEndian(String byteorder) {
        if (byteorder.equals("little")) {
            return true;
        }
        if (byteorder.equals("big")) {
            return false;
        }
        throw NumericError.value("byteorder must be either 'little' or 'big'");
    }

    /** {@code value.to_bytes(length, byteorder, signed=signed)}. */
    @TruffleBoundary
    public static byte[] toBytes(Object value, long length, String byteorder, boolean signed) {
        boolean little = littleEndian(byteorder);
        if (length < 0) {
            throw NumericError.value("length argument must be non-negative");
        }
        BigInteger v = IntOps.big(value);
        if (!signed && v.signum() < 0) {
            throw NumericError.overflow("can't convert negative int to unsigned");
        }
        // bits needed: magnitude bits, plus a sign bit when signed
        long needed = signed && v.signum() != 0 ? (long) v.bitLength() + 1 : v.bitLength();
        // CPython quirk: (-1).to_bytes(0, signed=True) == b''
        if (needed > length * 8 && !(length == 0 && v.signum() < 0 && v.bitLength() == 0)) {
            throw NumericError.overflow("int too big to convert");
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new NumericError(NumericError.Kind.MemoryError, "");
        }
        byte[] out = new byte[(int) length];
        byte[] raw = v.toByteArray(); // big-endian two's complement, minimal (may have a leading 0)
        byte pad = (byte) (v.signum() < 0 ? 0xff : 0);
        int n = out.length;
        for (int i = 0; i < n; i++) {
            int src = raw.length - 1 - i; // i-th least significant byte
            byte b = src >= 0 ? raw[src] : pad;
            out[little ? i : n - 1 - i] = b;
        }
        return out;
    }

    /** {@code int.from_bytes(bytes, byteorder, signed=signed)}. */
    @TruffleBoundary
    public static Object fromBytes(byte[] bytes, String byteorder, boolean signed) {
        boolean little = littleEndian(byteorder);
        int n = bytes.length;
        byte[] be = new byte[n + 1]; // leading zero byte keeps it unsigned
        for (int i = 0; i < n; i++) {
            be[i + 1] = little ? bytes[n - 1 - i] : bytes[i];
        }
        BigInteger v = new BigInteger(be);
        if (signed && n > 0 && (be[1] & 0x80) != 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(8 * n));
        }
        return IntOps.normalize(v);
    }
}
