package pyt.runtime.text;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code repr(str)}, {@code ascii(str)}, {@code str.maketrans} and {@code str.translate}. */
public final class StrRepr {
    private StrRepr() {
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code repr(s)}: single quotes unless {@code s} holds ' and no ". */
    @TruffleBoundary
    public static String repr(String s) {
        return quote(s, false);
    }

    /** {@code ascii(s)}: like repr, with every non-ASCII character escaped. */
    @TruffleBoundary
    public static String ascii(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean asciiOnly) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c == 0x7F) {
                hex(sb, 'x', c, 2);
            } else if (c < 0x7F || (!asciiOnly && UnicodeProps.isPrintable(c))) {
                sb.appendCodePoint(c);
            } else if (c <= 0xFF) {
                hex(sb, 'x', c, 2);
            } else if (c <= 0xFFFF) {
                hex(sb, 'u', c, 4);
            } else {
                hex(sb, 'U', c, 8);
            }
        }
        return sb.append(q).toString();
    }

    private static void hex(StringBuilder sb, char kind, int c, int digits) {
        sb.append('\\').append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(c >> shift) & 0xF]);
        }
    }

    // ---- maketrans / translate ----

    public static final String MAKETRANS_ONE_ARG = "if you give only one argument to maketrans it must be a dict";
    public static final String MAKETRANS_KEY_LENGTH = "string keys in translate table must be of length 1";
    public static final String MAKETRANS_KEY_TYPE = "keys in translate table must be strings or integers";
    public static final String MAKETRANS_SECOND_ARG = "maketrans() argument 2 must be str, not %s";

    /**
     * {@code str.maketrans(x, y[, z])} with two or three strings: code point keys, values the
     * Integer code point of {@code y} or {@code null} (None) for the characters of {@code z}.
     */
    @TruffleBoundary
    public static Map<Integer, Object> maketrans(String x, String y, String z) {
        int[] xs = x.codePoints().toArray();
        int[] ys = y.codePoints().toArray();
        if (xs.length != ys.length) {
            throw TextError.value("the first two maketrans arguments must have equal length");
        }
        Map<Integer, Object> table = new LinkedHashMap<>();
        for (int i = 0; i < xs.length; i++) {
            table.put(xs[i], ys[i]);
        }
        if (z != null) {
            z.codePoints().forEach(c -> table.put(c, null));
        }
        return table;
    }

    /** The key of a one-argument maketrans dict entry whose key is a str: its code point. */
    @TruffleBoundary
    public static int maketransKey(String key) {
        if (key.isEmpty() || key.codePointCount(0, key.length()) != 1) {
            throw TextError.value(MAKETRANS_KEY_LENGTH);
        }
        return key.codePointAt(0);
    }

    /** Returned by a {@link Lookup} when the table has no entry: the character is kept. */
    public static final Object KEEP = new Object();

    /** The runtime's {@code table[cp]}: Integer/Long code point, String, null (None) or {@link #KEEP}. */
    @FunctionalInterface
    public interface Lookup {
        Object get(int codePoint);
    }

    @TruffleBoundary
    public static String translate(String s, Map<Integer, Object> table) {
        return translate(s, c -> table.containsKey(c) ? table.get(c) : KEEP);
    }

    /** {@code s.translate(table)}; {@code lookup} maps LookupError to {@link #KEEP}. */
    @TruffleBoundary
    public static String translate(String s, Lookup lookup) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            Object v = lookup.get(c);
            if (v == KEEP) {
                sb.appendCodePoint(c);
            } else if (v == null) {
                continue;
            } else if (v instanceof String str) {
                sb.append(str);
            } else if (v instanceof Integer || v instanceof Long) {
                long cp = ((Number) v).longValue();
                if (cp < 0 || cp > 0x10FFFF) {
                    throw TextError.value("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) cp);
            } else {
                throw TextError.type("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }
}
