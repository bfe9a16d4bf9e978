package pyt.runtime.numbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code complex(s)} for a str (CPython's complex_from_string_inner). */
public final class ComplexParse {
    private ComplexParse() {
    }

    private static NumericError malformed() {
        return NumericError.value("complex() arg is a malformed string");
    }

    /** {@code complex(s)} as {re, im}: {@code '1+2j'}, {@code '(3-j)'}, {@code ' 1e3 '}, {@code 'nanj'}... */
    @TruffleBoundary
    public static double[] parse(String str) {
        String s = FloatParse.removeUnderscores(StrRepr.toAsciiNumber(str));
        if (s == null) {
            throw NumericError.value("could not convert string to complex: " + StrRepr.repr(str));
        }
        int n = s.length();
        int i = 0;
        double x = 0.0;
        double y = 0.0;
        while (i < n && StrRepr.isAsciiSpace(s.charAt(i))) {
            i++;
        }
        boolean bracket = false;
        if (i < n && s.charAt(i) == '(') {
            bracket = true;
            i++;
            while (i < n && StrRepr.isAsciiSpace(s.charAt(i))) {
                i++;
            }
        }
        int end = FloatParse.scan(s, i);
        if (end != i) {
            double z = FloatParse.valueOf(s.substring(i, end));
            i = end;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                x = z;
                end = FloatParse.scan(s, i);
                if (end != i) {
                    y = FloatParse.valueOf(s.substring(i, end));
                    i = end;
                } else {
                    y = s.charAt(i) == '+' ? 1.0 : -1.0;
                    i++;
                }
                if (!(i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J'))) {
                    throw malformed();
                }
                i++;
            } else if (i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) {
                i++;
                y = z;
            } else {
                x = z;
            }
        } else {
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                y = s.charAt(i) == '+' ? 1.0 : -1.0;
                i++;
            } else {
                y = 1.0;
            }
            if (!(i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J'))) {
                throw malformed();
            }
            i++;
        }
        while (i < n && StrRepr.isAsciiSpace(s.charAt(i))) {
            i++;
        }
        if (bracket) {
            if (!(i < n && s.charAt(i) == ')')) {
                throw malformed();
            }
            i++;
            while (i < n && StrRepr.isAsciiSpace(s.charAt(i))) {
                i++;
            }
        }
        if (i != n) {
            throw malformed();
        }
        return new double[]{x, y};
    }
}
