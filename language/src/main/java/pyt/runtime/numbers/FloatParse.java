package pyt.runtime.numbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code float(s)} for a str (CPython's PyFloat_FromString). */
public final class FloatParse {
    private FloatParse() {
    }

    /** {@code float(s)}: white space, underscores between digits, inf/infinity/nan with sign. */
    @TruffleBoundary
    public static double parse(String s) {
        Double r = parseAscii(StrRepr.toAsciiNumber(s));
        if (r == null) {
            throw NumericError.value("could not convert string to float: " + StrRepr.repr(s));
        }
        return r;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value, or null when the text is not a float literal. */
    private static Double parseAscii(String s) {
        if (s.indexOf('_') >= 0) {
            StringBuilder sb = new StringBuilder(s.length());
            char prev = '\0';
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '_') {
                    if (!isDigit(prev)) {
                        return null;
                    }
                } else {
                    if (prev == '_' && !isDigit(c)) {
                        return null;
                    }
                    sb.append(c);
                }
                prev = c;
            }
            if (prev == '_') {
                return null;
            }
            s = sb.toString();
        }
        int start = 0;
        int end = s.length();
        while (start < end && StrRepr.isAsciiSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && StrRepr.isAsciiSpace(s.charAt(end - 1))) {
            end--;
        }
        int i = start;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String word = s.substring(i, end);
        if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (word.equalsIgnoreCase("nan")) {
            return negative ? -Double.NaN : Double.NaN;
        }
        int digits = 0;
        while (i < end && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < end && s.charAt(i) == '.') {
            i++;
            while (i < end && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expStart = i;
            while (i < end && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == expStart) {
                return null;
            }
        }
        if (i != end) {
            return null;
        }
        return Double.parseDouble(s.substring(start, end));
    }
}
