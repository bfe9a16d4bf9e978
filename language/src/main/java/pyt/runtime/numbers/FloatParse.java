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

    /**
     * The end of the longest float literal starting at {@code pos} in ASCII text (C's strtod
     * without hex), or {@code pos} when there is none.
     */
    static int scan(String s, int pos) {
        int n = s.length();
        int i = pos;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        for (String word : new String[]{"infinity", "inf", "nan"}) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                return i + word.length();
            }
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            int dot = i;
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
            if (digits == 0) {
                i = dot;
            }
        }
        if (digits == 0) {
            return pos;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int e = i + 1;
            if (e < n && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                e++;
            }
            int expStart = e;
            while (e < n && isDigit(s.charAt(e))) {
                e++;
            }
            if (e > expStart) {
                i = e;
            }
        }
        return i;
    }

    /** The value of a literal found by {@link #scan}. */
    static double valueOf(String literal) {
        String t = literal;
        boolean negative = false;
        if (t.startsWith("+") || t.startsWith("-")) {
            negative = t.charAt(0) == '-';
            t = t.substring(1);
        }
        if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (t.equalsIgnoreCase("nan")) {
            return negative ? -Double.NaN : Double.NaN;
        }
        return Double.parseDouble(literal);
    }

    /** {@code _Py_string_to_number_with_underscores}: null when an underscore is misplaced. */
    static String removeUnderscores(String s) {
        if (s.indexOf('_') < 0) {
            return s;
        }
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
        return prev == '_' ? null : sb.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value, or null when the text is not a float literal. */
    private static Double parseAscii(String s) {
        s = removeUnderscores(s);
        if (s == null) {
            return null;
        }
        int start = 0;
        int end = s.length();
        while (start < end && StrRepr.isAsciiSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && StrRepr.isAsciiSpace(s.charAt(end - 1))) {
            end--;
        }
        if (start == end || scan(s, start) != end) {
            return null;
        }
        return valueOf(s.substring(start, end));
    }
}
