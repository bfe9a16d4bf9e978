package pyt.runtime.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code str.split}, {@code rsplit} and {@code splitlines}, after CPython's
 * {@code stringlib/split.h}. A {@code null} separator means {@code None}: runs of whitespace
 * separate and leading/trailing whitespace yields no empty strings. {@code maxsplit < 0} means
 * no limit. All separators CPython knows (whitespace, line breaks) are in the BMP, so these work
 * on UTF-16 units directly. {@code bytes} reuses them on Latin-1 strings with its own, ASCII-only
 * notions of white space and line breaks, passed as predicates.
 */
public final class StrSplit {
    private StrSplit() {
    }

    public static List<String> split(String s, String sep, long maxsplit) {
        return split(s, sep, maxsplit, UnicodeProps::isSpace);
    }

    @TruffleBoundary
    public static List<String> split(String s, String sep, long maxsplit, IntPredicate isSpace) {
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int n = s.length();
            int i = 0;
            while (max-- > 0) {
                while (i < n && isSpace.test(s.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i++;
                while (i < n && !isSpace.test(s.charAt(i))) {
                    i++;
                }
                out.add(s.substring(j, i));
            }
            if (i < n) {
                while (i < n && isSpace.test(s.charAt(i))) {
                    i++;
                }
                if (i != n) {
                    out.add(s.substring(i));
                }
            }
            return out;
        }
        if (sep.isEmpty()) {
            throw TextError.value("empty separator");
        }
        int i = 0;
        int at;
        while (max-- > 0 && (at = s.indexOf(sep, i)) >= 0) {
            out.add(s.substring(i, at));
            i = at + sep.length();
        }
        out.add(s.substring(i));
        return out;
    }

    public static List<String> rsplit(String s, String sep, long maxsplit) {
        return rsplit(s, sep, maxsplit, UnicodeProps::isSpace);
    }

    @TruffleBoundary
    public static List<String> rsplit(String s, String sep, long maxsplit, IntPredicate isSpace) {
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int i = s.length() - 1;
            while (max-- > 0) {
                while (i >= 0 && isSpace.test(s.charAt(i))) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i--;
                while (i >= 0 && !isSpace.test(s.charAt(i))) {
                    i--;
                }
                out.add(s.substring(i + 1, j + 1));
            }
            if (i >= 0) {
                while (i >= 0 && isSpace.test(s.charAt(i))) {
                    i--;
                }
                if (i >= 0) {
                    out.add(s.substring(0, i + 1));
                }
            }
            Collections.reverse(out);
            return out;
        }
        if (sep.isEmpty()) {
            throw TextError.value("empty separator");
        }
        int j = s.length();
        int at;
        while (max-- > 0 && j - sep.length() >= 0 && (at = s.lastIndexOf(sep, j - sep.length())) >= 0) {
            out.add(s.substring(at + sep.length(), j));
            j = at;
        }
        out.add(s.substring(0, j));
        Collections.reverse(out);
        return out;
    }

    /** {@code s.splitlines(keepends)}. */
    public static List<String> splitlines(String s, boolean keepends) {
        return splitlines(s, keepends, UnicodeProps::isLineBreak);
    }

    @TruffleBoundary
    public static List<String> splitlines(String s, boolean keepends, IntPredicate isLineBreak) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !isLineBreak.test(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keepends) {
                    eol = i;
                }
            }
            out.add(s.substring(j, eol));
        }
        return out;
    }
}
