package pyt.runtime.numbers;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code float.hex()} and {@code float.fromhex()}. */
public final class FloatHex {
    private FloatHex() {
    }

    /** {@code x.hex()}: {@code '0x1.8000000000000p+0'} for 1.5; 13 hex digits always. */
    @TruffleBoundary
    public static String hex(double x) {
        if (!Double.isFinite(x)) {
            return FloatRepr.repr(x);
        }
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (x == 0.0) {
            return sign + "0x0.0p+0";
        }
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        String digits = String.format("%013x", mant);
        if (biased == 0) {
            return sign + "0x0." + digits + "p-1022";
        }
        int e = biased - 1023;
        return sign + "0x1." + digits + "p" + (e < 0 ? "-" : "+") + Math.abs(e);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static NumericError invalid() {
        return NumericError.value("invalid hexadecimal floating-point string");
    }

    /** {@code float.fromhex(s)}, correctly rounded. */
    @TruffleBoundary
    public static double fromHex(String s) {
        int pos = 0;
        int end = s.length();
        while (pos < end && isSpace(s.charAt(pos))) {
            pos++;
        }
        while (end > pos && isSpace(s.charAt(end - 1))) {
            end--;
        }
        String t = s.substring(pos, end);
        boolean negative = false;
        int i = 0;
        if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        String rest = t.substring(i);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        if (rest.length() >= 2 && rest.charAt(0) == '0' && (rest.charAt(1) == 'x' || rest.charAt(1) == 'X')) {
            i += 2;
        }
        StringBuilder digits = new StringBuilder();
        int fracDigits = 0;
        int n = t.length();
        while (i < n && Character.digit(t.charAt(i), 16) >= 0 && t.charAt(i) < 128) {
            digits.append(t.charAt(i++));
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && Character.digit(t.charAt(i), 16) >= 0 && t.charAt(i) < 128) {
                digits.append(t.charAt(i++));
                fracDigits++;
            }
        }
        if (digits.length() == 0) {
            throw invalid();
        }
        long exp = 0;
        if (i < n && (t.charAt(i) == 'p' || t.charAt(i) == 'P')) {
            i++;
            boolean expNeg = false;
            if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
                expNeg = t.charAt(i) == '-';
                i++;
            }
            int start = i;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                if (exp < (1L << 40)) {
                    exp = exp * 10 + (t.charAt(i) - '0');
                }
                i++;
            }
            if (i == start) {
                throw invalid();
            }
            if (expNeg) {
                exp = -exp;
            }
        }
        if (i != n) {
            throw invalid();
        }
        BigInteger m = new BigInteger(digits.toString(), 16);
        double r = DoubleRounding.scale(m, exp - 4L * fracDigits, false);
        if (Double.isInfinite(r)) {
            throw NumericError.overflow("hexadecimal value too large to represent as a float");
        }
        return negative ? -r : r;
    }
}
