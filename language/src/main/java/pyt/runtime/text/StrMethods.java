package pyt.runtime.text;

import static pyt.runtime.text.CodePoints.adjustEnd;
import static pyt.runtime.text.CodePoints.adjustStart;
import static pyt.runtime.text.CodePoints.isBmp;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The searching, padding and rearranging methods of Python's {@code str} (CPython's
 * {@code Objects/unicodeobject.c} and {@code stringlib}), on Java strings read as code points.
 * Splitting lives in {@link StrSplit}, case mapping and the {@code is*} predicates in
 * {@link StrCase}, {@code repr}/{@code ascii} and {@code translate} in {@link StrRepr}.
 *
 * <p>{@code start}/{@code end} follow {@link CodePoints}: clamped like CPython, with
 * {@link CodePoints#NO_START}/{@link CodePoints#NO_END} for "not given". Optional string
 * arguments (such as {@code fillchar}) are {@code null} when not given or {@code None}.
 */
public final class StrMethods {
    private StrMethods() {
    }

    // ---- searching ----

    /** {@code s.find(sub, start, end)}: a code-point index or -1. */
    @TruffleBoundary
    public static long find(String s, String sub, long start, long end) {
        return search(s, sub, start, end, true);
    }

    @TruffleBoundary
    public static long rfind(String s, String sub, long start, long end) {
        return search(s, sub, start, end, false);
    }

    @TruffleBoundary
    public static long index(String s, String sub, long start, long end) {
        long r = search(s, sub, start, end, true);
        if (r < 0) {
            throw TextError.value("substring not found");
        }
        return r;
    }

    @TruffleBoundary
    public static long rindex(String s, String sub, long start, long end) {
        long r = search(s, sub, start, end, false);
        if (r < 0) {
            throw TextError.value("substring not found");
        }
        return r;
    }

    private static long search(String s, String sub, long start, long end, boolean forward) {
        boolean bmp = isBmp(s);
        int len = bmp ? s.length() : s.codePointCount(0, s.length());
        start = adjustStart(start, len);
        end = adjustEnd(end, len);
        int subLen = isBmp(sub) ? sub.length() : sub.codePointCount(0, sub.length());
        if (end - start < subLen) {
            return -1;
        }
        int from = CodePoints.toUtf16(s, bmp, (int) start);
        int to = CodePoints.toUtf16(s, bmp, (int) end);
        int r;
        if (forward) {
            r = s.indexOf(sub, from);
            if (r < 0 || r + sub.length() > to) {
                return -1;
            }
        } else {
            r = s.lastIndexOf(sub, to - sub.length());
            if (r < from) {
                return -1;
            }
        }
        return CodePoints.toCodePoint(s, bmp, r);
    }

    /** {@code s.count(sub, start, end)}: non-overlapping occurrences. */
    @TruffleBoundary
    public static long count(String s, String sub, long start, long end) {
        boolean bmp = isBmp(s);
        int len = bmp ? s.length() : s.codePointCount(0, s.length());
        start = adjustStart(start, len);
        end = adjustEnd(end, len);
        if (end - start < 0) {
            return 0;
        }
        if (sub.isEmpty()) {
            return end - start + 1;
        }
        int from = CodePoints.toUtf16(s, bmp, (int) start);
        int to = CodePoints.toUtf16(s, bmp, (int) end);
        long n = 0;
        int i = s.indexOf(sub, from);
        while (i >= 0 && i + sub.length() <= to) {
            n++;
            i = s.indexOf(sub, i + sub.length());
        }
        return n;
    }

    /** {@code s.startswith(prefix, start, end)}; a tuple of prefixes is passed as several. */
    @TruffleBoundary
    public static boolean startsWith(String s, String[] prefixes, long start, long end) {
        for (String p : prefixes) {
            if (tailMatch(s, p, start, end, false)) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    public static boolean endsWith(String s, String[] suffixes, long start, long end) {
        for (String p : suffixes) {
            if (tailMatch(s, p, start, end, true)) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    public static boolean startsWith(String s, String prefix, long start, long end) {
        return tailMatch(s, prefix, start, end, false);
    }

    @TruffleBoundary
    public static boolean endsWith(String s, String suffix, long start, long end) {
        return tailMatch(s, suffix, start, end, true);
    }

    /** The TypeError text for a bad first argument: {@code method} is "startswith" or "endswith". */
    public static String tailMatchTypeError(String method, String typeName) {
        return method + " first arg must be str or a tuple of str, not " + typeName;
    }

    private static boolean tailMatch(String s, String sub, long start, long end, boolean atEnd) {
        boolean bmp = isBmp(s);
        int len = bmp ? s.length() : s.codePointCount(0, s.length());
        start = adjustStart(start, len);
        end = adjustEnd(end, len);
        int subLen = isBmp(sub) ? sub.length() : sub.codePointCount(0, sub.length());
        if (end - subLen < start) {
            return false;
        }
        if (subLen == 0) {
            return true;
        }
        int at = atEnd ? CodePoints.toUtf16(s, bmp, (int) (end - subLen)) : CodePoints.toUtf16(s, bmp, (int) start);
        return s.startsWith(sub, at);
    }

    // ---- padding ----

    /** Checks the {@code fillchar} argument of center/ljust/rjust and returns its code point. */
    public static int fillChar(String fill) {
        if (fill == null) {
            return ' ';
        }
        if (fill.isEmpty() || fill.length() > 2 || fill.codePointCount(0, fill.length()) != 1) {
            throw TextError.type("The fill character must be exactly one character long");
        }
        return fill.codePointAt(0);
    }

    @TruffleBoundary
    public static String center(String s, long width, String fill) {
        int f = fillChar(fill);
        int len = CodePoints.length(s);
        if (width <= len) {
            return s;
        }
        long marg = width - len;
        long left = marg / 2 + (marg & width & 1);
        return pad(s, left, marg - left, f);
    }

    @TruffleBoundary
    public static String ljust(String s, long width, String fill) {
        int f = fillChar(fill);
        int len = CodePoints.length(s);
        return width <= len ? s : pad(s, 0, width - len, f);
    }

    @TruffleBoundary
    public static String rjust(String s, long width, String fill) {
        int f = fillChar(fill);
        int len = CodePoints.length(s);
        return width <= len ? s : pad(s, width - len, 0, f);
    }

    static String pad(String s, long left, long right, int fill) {
        int unit = Character.charCount(fill);
        long total = s.length() + (left + right) * unit;
        if (total > Integer.MAX_VALUE - 16) {
            throw new TextError(TextError.Kind.MemoryError, "");
        }
        StringBuilder sb = new StringBuilder((int) total);
        repeat(sb, fill, left);
        sb.append(s);
        repeat(sb, fill, right);
        return sb.toString();
    }

    static void repeat(StringBuilder sb, int cp, long n) {
        if (cp < 0x10000) {
            for (long i = 0; i < n; i++) {
                sb.append((char) cp);
            }
        } else {
            for (long i = 0; i < n; i++) {
                sb.appendCodePoint(cp);
            }
        }
    }

    @TruffleBoundary
    public static String zfill(String s, long width) {
        int len = CodePoints.length(s);
        if (width <= len) {
            return s;
        }
        long fill = width - len;
        String u = pad(s, fill, 0, '0');
        if (s.isEmpty()) {
            return u;
        }
        char c = u.charAt((int) fill);
        if (c == '+' || c == '-') {
            return c + u.substring(1, (int) fill) + "0" + u.substring((int) fill + 1);
        }
        return u;
    }

    @TruffleBoundary
    public static String expandtabs(String s, long tabsize) {
        StringBuilder sb = new StringBuilder(s.length());
        long col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (col % tabsize);
                    if (sb.length() + incr > Integer.MAX_VALUE - 16) {
                        throw TextError.overflow("new string is too long");
                    }
                    col += incr;
                    repeat(sb, ' ', incr);
                }
            } else {
                sb.append(c);
                if (!Character.isLowSurrogate(c)) {
                    col++;
                }
                if (c == '\n' || c == '\r') {
                    col = 0;
                }
            }
        }
        return sb.toString();
    }

    // ---- rearranging ----

    /** {@code s.replace(old, new, count)}; {@code count < 0} replaces all. */
    @TruffleBoundary
    public static String replace(String s, String old, String replacement, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (count == 0 || s.isEmpty() && !old.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        if (old.isEmpty()) {
            long n = 0;
            int i = 0;
            while (i < s.length() && n < count) {
                sb.append(replacement);
                n++;
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            if (n < count) {
                sb.append(replacement);
            } else {
                sb.append(s, i, s.length());
            }
            return sb.toString();
        }
        int i = 0;
        long n = 0;
        int at;
        while (n < count && (at = s.indexOf(old, i)) >= 0) {
            sb.append(s, i, at).append(replacement);
            i = at + old.length();
            n++;
        }
        if (n == 0) {
            return s;
        }
        sb.append(s, i, s.length());
        return sb.toString();
    }

    /** {@code sep.join(items)}; the caller has checked that every item is a str. */
    @TruffleBoundary
    public static String join(String sep, List<String> items) {
        return String.join(sep, items);
    }

    /** The TypeError text when item {@code index} of a join is not a str. */
    public static String joinTypeError(long index, String typeName) {
        return "sequence item " + index + ": expected str instance, " + typeName + " found";
    }

    /** {@code s.partition(sep)}: {before, sep, after}. */
    @TruffleBoundary
    public static String[] partition(String s, String sep) {
        if (sep.isEmpty()) {
            throw TextError.value("empty separator");
        }
        int i = s.indexOf(sep);
        if (i < 0) {
            return new String[]{s, "", ""};
        }
        return new String[]{s.substring(0, i), sep, s.substring(i + sep.length())};
    }

    @TruffleBoundary
    public static String[] rpartition(String s, String sep) {
        if (sep.isEmpty()) {
            throw TextError.value("empty separator");
        }
        int i = s.lastIndexOf(sep);
        if (i < 0) {
            return new String[]{"", "", s};
        }
        return new String[]{s.substring(0, i), sep, s.substring(i + sep.length())};
    }

    @TruffleBoundary
    public static String removeprefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    @TruffleBoundary
    public static String removesuffix(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    /** {@code s * n}. */
    @TruffleBoundary
    public static String repeat(String s, long n) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        if (n > (Integer.MAX_VALUE - 16) / s.length()) {
            throw new TextError(TextError.Kind.MemoryError, "");
        }
        return s.repeat((int) n);
    }
}
