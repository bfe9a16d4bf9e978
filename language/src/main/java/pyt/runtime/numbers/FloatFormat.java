package pyt.runtime.numbers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Float to text the way CPython's {@code PyOS_double_to_string} does it ({@code '%.2f' % x},
 * {@code format(x, 'e')}, ...): correctly rounded digits (ties to even on the exact binary value,
 * as dtoa does), then CPython's layout. {@link #format(double, FormatSpec)} adds the format
 * mini-language on top (sign, grouping, width, {@code %}).
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    /**
     * {@code PyOS_double_to_string}: {@code type} is one of {@code e E f F g G r}; for 'r' the
     * precision is ignored.
     */
    @TruffleBoundary
    public static String toString(double val, char type, int precision, boolean alwaysAddSign,
                    boolean addDot0IfInteger, boolean alternate, boolean noNegativeZero) {
        boolean upper = Character.isUpperCase(type);
        char code = Character.toLowerCase(type);
        boolean negative = Double.doubleToRawLongBits(val) < 0;
        if (Double.isNaN(val) || Double.isInfinite(val)) {
            String s = Double.isNaN(val) ? "nan" : "inf";
            if (upper) {
                s = s.toUpperCase();
            }
            if (Double.isNaN(val)) {
                negative = false;
            }
            return (negative ? "-" : alwaysAddSign ? "+" : "") + s;
        }
        if (code == 'e') {
            precision++;
        } else if (code == 'g' && precision == 0) {
            precision = 1;
        } else if (code == 'r') {
            precision = 0;
        }
        String digits;
        int decpt;
        if (val == 0.0) {
            digits = "0";
            decpt = 1;
        } else {
            switch (code) {
                case 'r' -> {
                    FloatRepr.Digits d = FloatRepr.shortestDigits(val);
                    digits = d.digits();
                    decpt = d.decpt();
                }
                case 'e', 'g' -> {
                    BigDecimal bd = new BigDecimal(Math.abs(val)).round(new MathContext(precision, RoundingMode.HALF_EVEN));
                    String u = bd.unscaledValue().toString();
                    decpt = u.length() - bd.scale();
                    digits = stripZeros(u);
                }
                case 'f' -> {
                    BigDecimal bd = new BigDecimal(Math.abs(val)).setScale(precision, RoundingMode.HALF_EVEN);
                    BigInteger unscaled = bd.unscaledValue();
                    if (unscaled.signum() == 0) {
                        digits = "0";
                        decpt = 1;
                    } else {
                        String u = unscaled.toString();
                        decpt = u.length() - precision;
                        digits = stripZeros(u);
                    }
                }
                default -> throw new IllegalArgumentException("format code " + type);
            }
        }
        if (noNegativeZero && negative && digits.equals("0")) {
            negative = false;
        }
        String body = layout(negative, digits, decpt, code, precision, alternate, addDot0IfInteger, upper);
        return alwaysAddSign && !negative ? "+" + body : body;
    }

    private static String stripZeros(String u) {
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') {
            end--;
        }
        return u.substring(0, end);
    }

    /**
     * The layout part of CPython's {@code format_float_short}: digits {@code 0.d1d2... * 10**decpt}
     * (trailing zeros stripped), code one of {@code e f g r} (precision already adjusted as
     * PyOS_double_to_string does: +1 for 'e').
     */
    static String layout(boolean negative, String digits, int decpt, char code, int precision,
                    boolean useAlt, boolean addDot0IfInteger, boolean upper) {
        int digitsLen = digits.length();
        int vdigitsEnd = digitsLen;
        boolean useExp = false;
        switch (code) {
            case 'e' -> {
                useExp = true;
                vdigitsEnd = precision;
            }
            case 'f' -> vdigitsEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0IfInteger ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (useAlt) {
                    vdigitsEnd = precision;
                }
            }
            case 'r' -> {
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
            }
            default -> throw new IllegalArgumentException();
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0IfInteger) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }
        StringBuilder sb = new StringBuilder(Math.max(16, vdigitsEnd - vdigitsStart + 8));
        if (negative) {
            sb.append('-');
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vdigitsStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(sb, decpt - digitsLen);
            sb.append('.');
            zeros(sb, vdigitsEnd - decpt);
        } else {
            zeros(sb, vdigitsEnd - digitsLen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !useAlt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }

    /** {@code format(x, spec)} for a float (CPython's format_float_internal). */
    @TruffleBoundary
    public static String format(double val, FormatSpec spec) {
        return format(val, spec, "float");
    }

    @TruffleBoundary
    static String format(double val, FormatSpec spec, String typeName) {
        char type = spec.type();
        int precision = spec.precision();
        int defaultPrecision = 6;
        boolean addDot0 = false;
        boolean addPct = false;
        switch (type) {
            case FormatSpec.NO_TYPE -> {
                addDot0 = true;
                type = 'r';
                defaultPrecision = 0;
            }
            case 'n' -> type = 'g';
            case '%' -> {
                type = 'f';
                val *= 100;
                addPct = true;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
            }
            default -> throw FormatSpec.unknownCode(type, typeName);
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String s = toString(val, type, precision, false, addDot0, spec.alternate(), spec.noNegativeZero());
        if (addPct) {
            s = s + "%";
        }
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        int digitsEnd = 0;
        while (digitsEnd < s.length() && Character.isDigit(s.charAt(digitsEnd))) {
            digitsEnd++;
        }
        String intDigits = s.substring(0, digitsEnd);
        String remainder = s.substring(digitsEnd);
        char sep = spec.type() == 'n' ? FormatSpec.NO_GROUPING : spec.grouping();
        return NumberLayout.fill(negative, "", intDigits, remainder, spec, sep, 3);
    }
}
