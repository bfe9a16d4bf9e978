package pyt.parser;

import java.io.ByteArrayOutputStream;

/**
 * Decoding of string and bytes literal bodies: prefixes, escape sequences ({@code \n \x.. \\u....
 * \\U........ \N{NAME}}, octal) and newline normalization. Errors follow CPython's wording
 * ("(unicode error) 'unicodeescape' codec can't decode bytes in position ...").
 */
final class StringLiterals {
    private StringLiterals() {
    }

    /** Prefix flags and body extent of one STRING token. */
    record Literal(boolean raw, boolean bytes, boolean fstring, int bodyStart, int bodyEnd) {
    }

    static Literal analyze(Token t) {
        String text = t.text();
        boolean raw = false, bytes = false, f = false;
        int i = 0;
        for (;; i++) {
            char c = text.charAt(i);
            if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c == 'b' || c == 'B') {
                bytes = true;
            } else if (c == 'f' || c == 'F') {
                f = true;
            } else if (c != 'u' && c != 'U') {
                break;
            }
        }
        char q = text.charAt(i);
        int quoteLen = text.length() - i >= 6 && text.charAt(i + 1) == q && text.charAt(i + 2) == q ? 3 : 1;
        return new Literal(raw, bytes, f, t.start() + i + quoteLen, t.end() - quoteLen);
    }

    /** A decoding failure; the caller turns it into a SyntaxError at CPython's location. */
    static final class DecodeError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DecodeError(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Appends src[from, to) to sb, translating \r\n and \r into \n (as CPython reads source).
     * Copies runs between carriage returns in bulk: most literals have none.
     */
    static void appendNormalized(StringBuilder sb, String src, int from, int to) {
        int i = from;
        for (int cr; (cr = src.indexOf('\r', i, to)) >= 0; i = cr + 1) {
            sb.append(src, i, cr).append('\n');
            if (cr + 1 < to && src.charAt(cr + 1) == '\n') {
                cr++;
            }
        }
        sb.append(src, i, to);
    }

    static String decodeStr(String src, int from, int to, boolean raw) {
        // Searches stay inside the literal: src is the whole module text.
        if (src.indexOf('\r', from, to) < 0 && (raw || src.indexOf('\\', from, to) < 0)) {
            return src.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        if (raw) {
            appendNormalized(sb, src, from, to);
            return sb.toString();
        }
        int i = from;
        while (i < to) {
            int bs = src.indexOf('\\', i, to);
            if (bs < 0) {
                appendNormalized(sb, src, i, to);
                break;
            }
            appendNormalized(sb, src, i, bs);
            i = escape(sb, src, bs, to, from);
        }
        return sb.toString();
    }

    private static int hexValue(char c) {
        return Character.digit(c, 16);
    }

    /** Decodes one escape at src[bs] == '\\'; returns the index after it. */
    private static int escape(StringBuilder sb, String src, int bs, int to, int bodyStart) {
        int i = bs + 1;
        if (i >= to) {
            // only an f-string literal part can end in a backslash ("\\{x}"); CPython keeps it
            sb.append('\\');
            return i;
        }
        char c = src.charAt(i++);
        switch (c) {
            case '\n' -> {
            }
            case '\r' -> {
                if (i < to && src.charAt(i) == '\n') {
                    i++;
                }
            }
            case '\\' -> sb.append('\\');
            case '\'' -> sb.append('\'');
            case '"' -> sb.append('"');
            case 'a' -> sb.append('\007');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'v' -> sb.append('\013');
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int v = c - '0';
                for (int k = 0; k < 2 && i < to && src.charAt(i) >= '0' && src.charAt(i) <= '7'; k++) {
                    v = v * 8 + src.charAt(i++) - '0';
                }
                sb.appendCodePoint(v);
            }
            case 'x', 'u', 'U' -> {
                int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                int v = 0;
                for (int k = 0; k < n; k++) {
                    int d = i < to ? hexValue(src.charAt(i)) : -1;
                    if (d < 0) {
                        String what = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape"
                                        : "truncated \\UXXXXXXXX escape";
                        throw new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                        + (bs - bodyStart) + "-" + (i - 1 - bodyStart) + ": " + what);
                    }
                    v = v * 16 + d;
                    i++;
                }
                if (v > 0x10FFFF || v < 0) {
                    throw new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                    + (bs - bodyStart) + "-" + (i - 1 - bodyStart) + ": illegal Unicode character");
                }
                sb.appendCodePoint(v);
            }
            case 'N' -> {
                // error ranges as CPython's decoder reports them (last index included)
                int last = i - 1;
                String what = "malformed \\N character escape";
                if (i < to && src.charAt(i) == '{') {
                    int close = src.indexOf('}', i, to);
                    if (close < 0) {
                        last = to - 1;
                    } else if (close == i + 1) {
                        last = i;
                    } else {
                        int cp = codePointOf(src.substring(i + 1, close));
                        if (cp >= 0) {
                            sb.appendCodePoint(cp);
                            return close + 1;
                        }
                        last = close;
                        what = "unknown Unicode character name";
                    }
                }
                throw new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + (bs - bodyStart) + "-" + (last - bodyStart) + ": " + what);
            }
            default -> {
                sb.append('\\');
                i--;
            }
        }
        return i;
    }

    private static int codePointOf(String name) {
        return UnicodeNames.lookup(name);
    }

    static byte[] decodeBytes(String src, int from, int to, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int i = from;
        while (i < to) {
            char c = src.charAt(i++);
            if (c >= 128) {
                throw new DecodeError("bytes can only contain ASCII literal characters");
            }
            if (c == '\r') {
                if (i < to && src.charAt(i) == '\n') {
                    i++;
                }
                out.write('\n');
                continue;
            }
            if (c != '\\' || raw) {
                out.write(c);
                continue;
            }
            if (i >= to) {
                throw new DecodeError("(value error) Trailing \\ in string");
            }
            char e = src.charAt(i++);
            switch (e) {
                case '\n' -> {
                }
                case '\r' -> {
                    if (i < to && src.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && src.charAt(i) >= '0' && src.charAt(i) <= '7'; k++) {
                        v = v * 8 + src.charAt(i++) - '0';
                    }
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int d1 = i < to ? hexValue(src.charAt(i)) : -1;
                    int d2 = i + 1 < to ? hexValue(src.charAt(i + 1)) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new DecodeError("(value error) invalid \\x escape at position " + (i - 2 - from));
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    i--;
                }
            }
        }
        return out.toByteArray();
    }
}
