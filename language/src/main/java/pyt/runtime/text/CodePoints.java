package pyt.runtime.text;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's view of a Java {@code String}: a sequence of code points. A string without surrogates
 * (the common case) has code-point indices equal to UTF-16 indices; every method checks that first
 * and only walks code points when it must.
 *
 * <p>Index convention shared by the classes of this package: Python's optional {@code start} and
 * {@code end} arguments are {@code long}s clamped the way CPython's {@code ADJUST_INDICES} does
 * (negative counts from the end, then clamped to {@code [0, len]}; a start past the end stays past
 * it). "Not given" (or {@code None}) is {@link #NO_START} / {@link #NO_END}, which clamp to 0 and
 * {@code len}.
 */
public final class CodePoints {
    public static final long NO_START = Long.MIN_VALUE;
    public static final long NO_END = Long.MAX_VALUE;

    private CodePoints() {
    }

    /** True when {@code s} has no surrogate: UTF-16 indices are code-point indices. */
    public static boolean isBmp(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static int length(String s) {
        return isBmp(s) ? s.length() : s.codePointCount(0, s.length());
    }

    /** UTF-16 offset of code point index {@code cp} (0 &lt;= cp &lt;= length). */
    static int toUtf16(String s, boolean bmp, int cp) {
        return bmp ? cp : s.offsetByCodePoints(0, cp);
    }

    /** Code-point index of UTF-16 offset {@code u}. */
    static int toCodePoint(String s, boolean bmp, int u) {
        return bmp ? u : s.codePointCount(0, u);
    }

    /** CPython's ADJUST_INDICES for the start argument: may return a value above {@code len}. */
    public static long adjustStart(long start, int len) {
        if (start < 0) {
            start += len;
            if (start < 0) {
                start = 0;
            }
        }
        return start;
    }

    public static long adjustEnd(long end, int len) {
        if (end > len) {
            return len;
        }
        if (end < 0) {
            end += len;
            if (end < 0) {
                end = 0;
            }
        }
        return end;
    }

    /** {@code s[index]}: a one-character string; negative indices count from the end. */
    @TruffleBoundary
    public static String charAt(String s, long index) {
        int cp = codePointAt(s, index);
        return cp < 0x10000 ? String.valueOf((char) cp) : new String(Character.toChars(cp));
    }

    /** The code point {@code s[index]}, for {@code ord(s[index])}; raises IndexError. */
    @TruffleBoundary
    public static int codePointAt(String s, long index) {
        boolean bmp = isBmp(s);
        int len = bmp ? s.length() : s.codePointCount(0, s.length());
        if (index < 0) {
            index += len;
        }
        if (index < 0 || index >= len) {
            throw TextError.index("string index out of range");
        }
        return bmp ? s.charAt((int) index) : s.codePointAt(s.offsetByCodePoints(0, (int) index));
    }

    /**
     * {@code s[start:stop:step]} with indices already normalized by the slice machinery
     * ({@code PySlice_AdjustIndices}): {@code 0 <= start, stop <= len} or -1 for negative steps.
     */
    @TruffleBoundary
    public static String slice(String s, long start, long stop, long step) {
        long count;
        if (step > 0) {
            count = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            count = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }
        if (count <= 0) {
            return "";
        }
        boolean bmp = isBmp(s);
        if (step == 1) {
            return bmp ? s.substring((int) start, (int) stop)
                            : s.substring(s.offsetByCodePoints(0, (int) start), s.offsetByCodePoints(0, (int) stop));
        }
        if (bmp) {
            char[] out = new char[(int) count];
            long j = start;
            for (int i = 0; i < count; i++, j += step) {
                out[i] = s.charAt((int) j);
            }
            return new String(out);
        }
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder((int) count);
        long j = start;
        for (int i = 0; i < count; i++, j += step) {
            sb.appendCodePoint(cps[(int) j]);
        }
        return sb.toString();
    }

    /** Three-way comparison in code-point order (not UTF-16 order, which differs above U+E000). */
    @TruffleBoundary
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return Integer.compare(fixup(x), fixup(y));
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int fixup(char c) {
        if (c >= 0xE000) {
            return c - 0x800;
        }
        if (c >= 0xD800) {
            return c + 0x2000;
        }
        return c;
    }

    static String fromCodePoint(int cp) {
        return cp < 0x10000 ? String.valueOf((char) cp) : new String(Character.toChars(cp));
    }
}
