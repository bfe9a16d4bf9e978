package pyt.runtime.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code PyOS_double_to_string} for the conversions of printf-style formatting ({@code e E f F g
 * G}), correctly rounded (round-half-even on the exact binary value, as CPython's dtoa does:
 * {@code '%.2f' % 2.675 == '2.67'}). The result carries a '-' for negative values (including
 * -0.0) but no '+'; the caller adds sign flags and padding.
 */
public final class PrintfFloat {
    private PrintfFloat() {
    }

    /**
     * Formats {@code x}; {@code type} is one of {@code eEfFgG}, {@code precision >= 0},
     * {@code alt} is the '#' flag (keep the point and trailing zeros).
     */
    @TruffleBoundary
    public static String format(double x, char type, int precision, boolean alt) {
        boolean upper = Character.isUpperCase(type);
        char lower = Character.toLowerCase(type);
        if (Double.isNaN(x)) {
            return upper ? "NAN" : "nan";
        }
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        if (Double.isInfinite(x)) {
            return sign + (upper ? "INF" : "inf");
        }
        BigDecimal v = new BigDecimal(Math.abs(x));
        String body = switch (lower) {
            case 'f' -> fixed(v, precision, alt);
            case 'e' -> exponent(v, precision, alt);
            default -> general(v, precision, alt);
        };
        return sign + (upper ? body.toUpperCase() : body);
    }

    static String fixed(BigDecimal v, int precision, boolean alt) {
        String s = v.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return precision == 0 && alt ? s + "." : s;
    }

    /** Significant digits of {@code v} rounded to {@code n} digits, and the decimal exponent of the first. */
    private static Object[] digits(BigDecimal v, int n) {
        if (v.signum() == 0) {
            return new Object[]{"0".repeat(n), 0};
        }
        BigDecimal r = v.round(new MathContext(n, RoundingMode.HALF_EVEN));
        String d = r.unscaledValue().toString();
        int exp = d.length() - 1 - r.scale();
        if (d.length() < n) {
            d = d + "0".repeat(n - d.length());
        } else if (d.length() > n) {
            d = d.substring(0, n); // trailing zeros of an exact value
        }
        return new Object[]{d, exp};
    }

    static String exponent(BigDecimal v, int precision, boolean alt) {
        Object[] de = digits(v, precision + 1);
        String d = (String) de[0];
        return mantissa(d, alt) + expSuffix((Integer) de[1]);
    }

    private static String mantissa(String d, boolean alt) {
        StringBuilder sb = new StringBuilder().append(d.charAt(0));
        if (d.length() > 1 || alt) {
            sb.append('.').append(d, 1, d.length());
        }
        return sb.toString();
    }

    private static String expSuffix(int exp) {
        String e = Integer.toString(Math.abs(exp));
        return (exp < 0 ? "e-" : "e+") + (e.length() < 2 ? "0" + e : e);
    }

    static String general(BigDecimal v, int precision, boolean alt) {
        int p = precision == 0 ? 1 : precision;
        Object[] de = digits(v, p);
        String d = (String) de[0];
        int exp = (Integer) de[1];
        if (!alt) {
            int end = d.length();
            while (end > 1 && d.charAt(end - 1) == '0') {
                end--;
            }
            d = d.substring(0, end);
        }
        if (exp < -4 || exp >= p) {
            return mantissa(d, alt) + expSuffix(exp);
        }
        StringBuilder sb = new StringBuilder();
        if (exp < 0) {
            sb.append("0.").append("0".repeat(-exp - 1)).append(d);
        } else if (d.length() > exp + 1) {
            sb.append(d, 0, exp + 1).append('.').append(d, exp + 1, d.length());
        } else {
            sb.append(d).append("0".repeat(exp + 1 - d.length()));
            if (alt) {
                sb.append('.');
            }
        }
        return sb.toString();
    }
}
