package pyt.runtime.numbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Python's {@code repr(str)}, for the messages of parse errors. */
final class StrRepr {
    private StrRepr() {
    }

    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    @TruffleBoundary
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < ' ' || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.append(quote).toString();
    }

    /** CPython's {@code %.200R}: the repr cut to 200 code points. */
    static String repr200(String s) {
        String r = repr(s);
        if (r.codePointCount(0, r.length()) > 200) {
            r = r.substring(0, r.offsetByCodePoints(0, 200));
        }
        return r;
    }

    /**
     * {@code _PyUnicode_TransformDecimalAndSpaceToASCII}: ASCII stays, other white space becomes
     * ' ', other decimal digits their ASCII digit, anything else '?'.
     */
    static String toAsciiNumber(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            int cp = s.codePointAt(i);
            if (cp > 0xffff) {
                i++;
            }
            if (cp < 128) {
                sb.append((char) cp);
            } else if (isSpace(cp)) {
                sb.append(' ');
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    /** Python's {@code str.isspace} for one code point. */
    static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1f);
        }
        return cp == 0x85 || Character.isSpaceChar(cp);
    }

    /** C's isspace, as CPython's Py_ISSPACE. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
