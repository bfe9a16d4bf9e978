package pyt.runtime.numbers;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code int(s, base)} for a str (CPython's PyLong_FromUnicodeObject and PyLong_FromString). */
public final class IntParse {
    private IntParse() {
    }

    /** {@code int(s, base)} with CPython's default limit of 4300 digits. */
    public static Object parse(String s, long base) {
        return parse(s, base, IntFormat.DEFAULT_MAX_STR_DIGITS);
    }

    /** {@code int(s, base)}; {@code maxStrDigits} is {@code sys.get_int_max_str_digits()} (0 = none). */
    @TruffleBoundary
    public static Object parse(String s, long base, int maxStrDigits) {
        if ((base != 0 && base < 2) || base > 36) {
            throw NumericError.value("int() base must be >= 2 and <= 36, or 0");
        }
        Object r = parseAscii(StrRepr.toAsciiNumber(s), (int) base, maxStrDigits);
        if (r instanceof Integer errorBase) {
            throw NumericError.value("invalid literal for int() with base " + errorBase + ": " + StrRepr.repr200(s));
        }
        return r;
    }

    /** Returns the int, or an {@code Integer} holding the base to name in the error message. */
    private static Object parseAscii(String str, int base, int maxStrDigits) {
        int n = str.length();
        int i = 0;
        int origBase = base;
        while (i < n && StrRepr.isAsciiSpace(str.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (str.charAt(i) == '+' || str.charAt(i) == '-')) {
            negative = str.charAt(i) == '-';
            i++;
        }
        boolean errorIfNonzero = false;
        char c1 = i + 1 < n ? Character.toLowerCase(str.charAt(i + 1)) : '\0';
        if (base == 0) {
            if (i >= n || str.charAt(i) != '0') {
                base = 10;
            } else if (c1 == 'x') {
                base = 16;
            } else if (c1 == 'o') {
                base = 8;
            } else if (c1 == 'b') {
                base = 2;
            } else {
                errorIfNonzero = true;
                base = 10;
            }
        }
        if (i < n && str.charAt(i) == '0' && ((base == 16 && c1 == 'x') || (base == 8 && c1 == 'o') || (base == 2 && c1 == 'b'))) {
            i += 2;
            if (i < n && str.charAt(i) == '_') {
                i++;
            }
        }
        Integer error = origBase;
        if (i < n && str.charAt(i) == '_') {
            return error;
        }
        StringBuilder digits = new StringBuilder(n - i);
        boolean prevUnderscore = false;
        while (i < n) {
            char c = str.charAt(i);
            if (c == '_') {
                if (prevUnderscore) {
                    return error;
                }
                prevUnderscore = true;
            } else {
                int d = Character.digit(c, base);
                if (d < 0 || c >= 128) {
                    break;
                }
                digits.append(c);
                prevUnderscore = false;
            }
            i++;
        }
        if (prevUnderscore || digits.isEmpty()) {
            return error;
        }
        while (i < n && StrRepr.isAsciiSpace(str.charAt(i))) {
            i++;
        }
        if (i != n) {
            return error;
        }
        if (maxStrDigits > 0 && (base & (base - 1)) != 0 && digits.length() > maxStrDigits) {
            throw NumericError.value("Exceeds the limit (" + maxStrDigits + " digits) for integer string conversion: value has "
                            + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        Object value;
        if (digits.length() <= 12) {
            long v = Long.parseLong(digits.toString(), base);
            value = negative ? -v : v;
        } else {
            BigInteger v = new BigInteger(digits.toString(), base);
            value = IntOps.normalize(negative ? v.negate() : v);
        }
        if (errorIfNonzero && !IntOps.isZero(value)) {
            return error;
        }
        return value;
    }
}
