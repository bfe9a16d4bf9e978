package pyt.runtime.numbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code repr(float)} and {@code str(float)}: the shortest digits that round-trip, laid out like
 * CPython (exponent form below 1e-4 and from 1e16 on). The digits come from
 * {@link Double#toString(double)}, which is shortest-round-trip since JDK 19 except that it
 * never returns a single digit; {@link #shortestDigits} fixes that case.
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    /** Shortest round-trip decimal digits of a finite nonzero |x|: {digits, decpt} with value 0.digits * 10**decpt. */
    record Digits(String digits, int decpt) {
    }

    @TruffleBoundary
    static Digits shortestDigits(double x) {
        String s = Double.toString(Math.abs(x));
        int ePos = s.indexOf('E');
        int exp10 = 0;
        String mant = s;
        if (ePos >= 0) {
            exp10 = Integer.parseInt(s.substring(ePos + 1));
            mant = s.substring(0, ePos);
        }
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot);
        String all = intPart + mant.substring(dot + 1);
        int decpt = intPart.length() + exp10;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        decpt -= lead;
        int end = all.length();
        while (end > lead + 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        String digits = all.substring(lead, end);
        if (digits.length() == 2) {
            // Java picks the closest 2-digit decimal where a 1-digit one may also round-trip.
            double ax = Math.abs(x);
            int d0 = digits.charAt(0) - '0';
            Digits best = null;
            java.math.BigDecimal bestDist = null;
            for (int c = d0; c <= d0 + 1; c++) {
                String cand = c == 10 ? "1" : Integer.toString(c);
                int cdecpt = c == 10 ? decpt + 1 : decpt;
                if (cand.equals("0")) {
                    continue;
                }
                double v = Double.parseDouble("0." + cand + "E" + cdecpt);
                if (v == ax) {
                    java.math.BigDecimal dist = new java.math.BigDecimal("0." + cand + "E" + cdecpt)
                                    .subtract(new java.math.BigDecimal(ax)).abs();
                    if (best == null || dist.compareTo(bestDist) < 0) {
                        best = new Digits(cand, cdecpt);
                        bestDist = dist;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return new Digits(digits, decpt);
    }

    /** {@code repr(x)}, which is also {@code str(x)}. */
    @TruffleBoundary
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0.0) {
            return Double.doubleToRawLongBits(x) < 0 ? "-0.0" : "0.0";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e16) {
            return Long.toString((long) x) + ".0";
        }
        Digits d = shortestDigits(x);
        return FloatFormat.layout(x < 0, d.digits(), d.decpt(), 'r', 0, false, true, false);
    }
}
