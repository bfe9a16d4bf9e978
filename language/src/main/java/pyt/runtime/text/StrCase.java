package pyt.runtime.text;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Case mapping ({@code lower}, {@code upper}, {@code swapcase}, {@code title},
 * {@code capitalize}, {@code casefold}) and the {@code is*} predicates of Python's {@code str},
 * after CPython's {@code unicodeobject.c}: full (multi-character) mappings, Greek final sigma in
 * every lowering, and CPython's exact definitions of cased/lower/upper/title.
 */
public final class StrCase {
    private StrCase() {
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static String lower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            lowerAt(sb, s, i, c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String upper(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            UnicodeProps.appendUpper(sb, c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String casefold(String s) {
        if (isAscii(s)) {
            return lower(s);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            UnicodeProps.appendFold(sb, c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (UnicodeProps.isUpper(c)) {
                lowerAt(sb, s, i, c);
            } else if (UnicodeProps.isLower(c)) {
                UnicodeProps.appendUpper(sb, c);
            } else {
                sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String capitalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (i == 0) {
                UnicodeProps.appendTitle(sb, c);
            } else {
                lowerAt(sb, s, i, c);
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousIsCased = false;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (previousIsCased) {
                lowerAt(sb, s, i, c);
            } else {
                UnicodeProps.appendTitle(sb, c);
            }
            previousIsCased = UnicodeProps.isCased(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** Lowers {@code c} at UTF-16 offset {@code i} of {@code s}, applying Final_Sigma to U+03A3. */
    private static void lowerAt(StringBuilder sb, String s, int i, int c) {
        if (c == 0x3A3) {
            sb.append(finalSigma(s, i) ? '\u03C2' : '\u03C3');
        } else {
            UnicodeProps.appendLower(sb, c);
        }
    }

    private static boolean finalSigma(String s, int i) {
        int j = i;
        int c = 0;
        boolean found = false;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!UnicodeProps.isCaseIgnorable(c)) {
                found = true;
                break;
            }
        }
        if (!found || !UnicodeProps.isCased(c)) {
            return false;
        }
        j = i + 1;
        while (j < s.length()) {
            c = s.codePointAt(j);
            if (!UnicodeProps.isCaseIgnorable(c)) {
                return !UnicodeProps.isCased(c);
            }
            j += Character.charCount(c);
        }
        return true;
    }

    // ---- predicates ----

    @FunctionalInterface
    private interface CharTest {
        boolean test(int c);
    }

    private static boolean all(String s, CharTest t) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (!t.test(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    @TruffleBoundary
    public static boolean isalnum(String s) {
        return all(s, UnicodeProps::isAlnum);
    }

    @TruffleBoundary
    public static boolean isalpha(String s) {
        return all(s, UnicodeProps::isAlpha);
    }

    @TruffleBoundary
    public static boolean isascii(String s) {
        return isAscii(s);
    }

    @TruffleBoundary
    public static boolean isdecimal(String s) {
        return all(s, UnicodeProps::isDecimal);
    }

    @TruffleBoundary
    public static boolean isdigit(String s) {
        return all(s, UnicodeProps::isDigit);
    }

    @TruffleBoundary
    public static boolean isnumeric(String s) {
        return all(s, UnicodeProps::isNumeric);
    }

    @TruffleBoundary
    public static boolean isspace(String s) {
        return all(s, UnicodeProps::isSpace);
    }

    @TruffleBoundary
    public static boolean isprintable(String s) {
        return s.isEmpty() || all(s, UnicodeProps::isPrintable);
    }

    @TruffleBoundary
    public static boolean isidentifier(String s) {
        if (s.isEmpty() || !UnicodeProps.isIdentifierStart(s.codePointAt(0))) {
            return false;
        }
        int first = Character.charCount(s.codePointAt(0));
        return first == s.length() || all(s.substring(first), UnicodeProps::isIdentifierPart);
    }

    @TruffleBoundary
    public static boolean islower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (UnicodeProps.isUpper(c) || UnicodeProps.isTitle(c)) {
                return false;
            }
            cased |= UnicodeProps.isLower(c);
            i += Character.charCount(c);
        }
        return cased;
    }

    @TruffleBoundary
    public static boolean isupper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (UnicodeProps.isLower(c) || UnicodeProps.isTitle(c)) {
                return false;
            }
            cased |= UnicodeProps.isUpper(c);
            i += Character.charCount(c);
        }
        return cased;
    }

    @TruffleBoundary
    public static boolean istitle(String s) {
        boolean cased = false;
        boolean previousIsCased = false;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (UnicodeProps.isUpper(c) || UnicodeProps.isTitle(c)) {
                if (previousIsCased) {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            } else if (UnicodeProps.isLower(c)) {
                if (!previousIsCased) {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            } else {
                previousIsCased = false;
            }
            i += Character.charCount(c);
        }
        return cased;
    }
}
