package pyt.runtime.numbers;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Int to text: {@code str}/{@code repr} (with CPython 3.11's limit on decimal digits,
 * {@code sys.set_int_max_str_digits}), {@code bin}/{@code oct}/{@code hex}, and
 * {@code format(i, spec)}.
 */
public final class IntFormat {
    /** CPython's default for {@code sys.get_int_max_str_digits()}; 0 means no limit. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** Below this many digits CPython never checks the limit. */
    public static final int MAX_STR_DIGITS_THRESHOLD = 640;

    private IntFormat() {
    }

    @TruffleBoundary
    public static String toString(long value) {
        return Long.toString(value);
    }

    @TruffleBoundary
    public static String toString(BigInteger value) {
        return toString(value, DEFAULT_MAX_STR_DIGITS);
    }

    /** Decimal text; ValueError past {@code maxStrDigits} digits (0 = unlimited). */
    @TruffleBoundary
    public static String toString(BigInteger value, int maxStrDigits) {
        // 3.33 bits per digit: a cheap lower bound on the digit count before the conversion
        if (maxStrDigits > 0 && value.bitLength() / 3.33 > maxStrDigits + 1) {
            throw tooManyDigits(maxStrDigits);
        }
        String s = value.toString();
        if (maxStrDigits > 0 && s.length() - (value.signum() < 0 ? 1 : 0) > maxStrDigits) {
            throw tooManyDigits(maxStrDigits);
        }
        return s;
    }

    private static NumericError tooManyDigits(int limit) {
        return NumericError.value("Exceeds the limit (" + limit
                        + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    @TruffleBoundary
    public static String toString(Object value) {
        return value instanceof Long l ? Long.toString(l) : toString((BigInteger) value);
    }

    @TruffleBoundary
    public static String toString(Object value, int maxStrDigits) {
        return value instanceof Long l ? Long.toString(l) : toString((BigInteger) value, maxStrDigits);
    }

    /** {@code bin(x)}: {@code '-0b101'}. */
    @TruffleBoundary
    public static String bin(Object value) {
        return prefixed(value, 2, "0b");
    }

    /** {@code oct(x)}: {@code '0o17'}. */
    @TruffleBoundary
    public static String oct(Object value) {
        return prefixed(value, 8, "0o");
    }

    /** {@code hex(x)}: {@code '0x1f'}. */
    @TruffleBoundary
    public static String hex(Object value) {
        return prefixed(value, 16, "0x");
    }

    private static String prefixed(Object value, int radix, String prefix) {
        String digits = digits(value, radix);
        boolean negative = digits.startsWith("-");
        return negative ? "-" + prefix + digits.substring(1) : prefix + digits;
    }

    private static String digits(Object value, int radix) {
        if (value instanceof Long l) {
            return Long.toString(l, radix);
        }
        return ((BigInteger) value).toString(radix);
    }

    /** {@code format(i, spec)} for an int; parse the spec with {@code ('d', '>')}. */
    @TruffleBoundary
    public static String format(Object value, FormatSpec spec) {
        return format(value, spec, "int", DEFAULT_MAX_STR_DIGITS);
    }

    /** As {@link #format(Object, FormatSpec)}, naming the type in errors (e.g. "bool") and with a digit limit. */
    @TruffleBoundary
    public static String format(Object value, FormatSpec spec, String typeName, int maxStrDigits) {
        char type = spec.type();
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return FloatFormat.format(IntOps.toDouble(value), spec, typeName);
            }
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
            }
            default -> throw FormatSpec.unknownCode(type, typeName);
        }
        if (spec.precision() != -1) {
            throw NumericError.value("Precision not allowed in integer format specifier");
        }
        if (spec.noNegativeZero()) {
            throw NumericError.value("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (spec.sign() != FormatSpec.NO_SIGN) {
                throw NumericError.value("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw NumericError.value("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (!(value instanceof Long l)) {
                throw NumericError.overflow("Python int too large to convert to C long");
            }
            if (l < 0 || l > 0x10ffff) {
                throw NumericError.overflow("%c arg not in range(0x110000)");
            }
            String ch = new String(Character.toChars((int) (long) l));
            return NumberLayout.fill(false, "", "", ch, spec, FormatSpec.NO_GROUPING, 3);
        }
        int radix;
        String prefix = "";
        switch (type) {
            case 'b' -> {
                radix = 2;
                prefix = "0b";
            }
            case 'o' -> {
                radix = 8;
                prefix = "0o";
            }
            case 'x' -> {
                radix = 16;
                prefix = "0x";
            }
            case 'X' -> {
                radix = 16;
                prefix = "0X";
            }
            default -> radix = 10;
        }
        String digits = radix == 10 ? toString(value, maxStrDigits) : digits(value, radix);
        boolean negative = digits.startsWith("-");
        if (negative) {
            digits = digits.substring(1);
        }
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        char sep = type == 'n' ? FormatSpec.NO_GROUPING : spec.grouping();
        return NumberLayout.fill(negative, spec.alternate() ? prefix : "", digits, "", spec, sep, spec.groupSize());
    }
}
