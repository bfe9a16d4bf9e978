package pyt.runtime.numbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A parsed format specification, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}
 * (CPython's {@code parse_internal_render_format_spec}). Parsing already applies the defaults of the
 * formatted type ({@code defaultType}, {@code defaultAlign}) and the {@code 0} rule, so
 * {@link #align} is always resolved. Also holds the string formatting of the mini-language
 * ({@link #formatString}) and the padding helper {@link #align(String, FormatSpec, char)}.
 *
 * @param fill the fill code point
 * @param align one of {@code < > = ^}
 * @param alignSpecified whether the spec named the alignment (or '0' padding set it)
 * @param sign {@code '+'}, {@code '-'}, {@code ' '} or {@link #NO_SIGN}
 * @param noNegativeZero the {@code z} option
 * @param width -1 when absent
 * @param grouping {@code ','}, {@code '_'} or {@link #NO_GROUPING}
 * @param precision -1 when absent
 * @param type the type character, {@link #NO_TYPE} when absent and the default type is none
 */
public record FormatSpec(int fill, char align, boolean alignSpecified, char sign, boolean noNegativeZero,
                boolean alternate, int width, char grouping, int precision, char type) {

    public static final char NO_SIGN = '\0';
    public static final char NO_GROUPING = '\0';
    public static final char NO_TYPE = '\0';

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * Parses a spec. {@code typeName} names the formatted object's type in error messages;
     * {@code defaultType} is {@code 'd'} for int, {@link #NO_TYPE} for float and complex,
     * {@code 's'} for str; {@code defaultAlign} is {@code '>'} for numbers and {@code '<'} for str.
     */
    @TruffleBoundary
    public static FormatSpec parse(String spec, String typeName, char defaultType, char defaultAlign) {
        int[] cp = spec.codePoints().toArray();
        int end = cp.length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        char sign = NO_SIGN;
        boolean noNegZero = false;
        boolean alternate = false;
        char grouping = NO_GROUPING;
        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            align = (char) cp[pos + 1];
            fill = cp[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            align = (char) cp[pos];
            alignSpecified = true;
            pos++;
        }
        if (end - pos >= 1 && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
            sign = (char) cp[pos];
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == '#') {
            alternate = true;
            pos++;
        }
        if (!fillSpecified && end - pos >= 1 && cp[pos] == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
                alignSpecified = true;
            }
            pos++;
        }
        int[] posRef = {pos};
        int width = getInteger(cp, posRef);
        pos = posRef[0];
        if (end - pos >= 1 && cp[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == '_') {
            if (grouping != NO_GROUPING) {
                throw NumericError.value("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == ',' && grouping == '_') {
            throw NumericError.value("Cannot specify both ',' and '_'.");
        }
        int precision = -1;
        if (end - pos >= 1 && cp[pos] == '.') {
            pos++;
            posRef[0] = pos;
            precision = getInteger(cp, posRef);
            pos = posRef[0];
            if (precision == -1) {
                throw NumericError.value("Format specifier missing precision");
            }
        }
        if (end - pos > 1) {
            throw NumericError.value("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        char type = defaultType;
        if (end - pos == 1) {
            int t = cp[pos];
            type = t > 0xffff ? '\uffff' : (char) t;
        }
        if (grouping != NO_GROUPING) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', NO_TYPE -> {
                }
                case 'b', 'o', 'x', 'X' -> {
                    if (grouping != '_') {
                        throw invalidSeparator(grouping, type);
                    }
                }
                default -> throw invalidSeparator(grouping, type);
            }
        }
        return new FormatSpec(fill, align, alignSpecified, sign, noNegZero, alternate, width, grouping, precision, type);
    }

    /** Reads decimal digits; -1 when there are none. */
    private static int getInteger(int[] cp, int[] posRef) {
        int pos = posRef[0];
        long n = 0;
        int start = pos;
        while (pos < cp.length && cp[pos] >= '0' && cp[pos] <= '9') {
            n = n * 10 + (cp[pos] - '0');
            if (n > Integer.MAX_VALUE) {
                throw NumericError.value("Too many decimal digits in format string");
            }
            pos++;
        }
        posRef[0] = pos;
        return pos == start ? -1 : (int) n;
    }

    static NumericError invalidSeparator(char grouping, char type) {
        if (type > 32 && type < 127) {
            return NumericError.value("Cannot specify '" + grouping + "' with '" + type + "'.");
        }
        return NumericError.value("Cannot specify '" + grouping + "' with '\\x" + Integer.toHexString(type) + "'.");
    }

    /** "Unknown format code 'x' for object of type 'float'". */
    public static NumericError unknownCode(char type, String typeName) {
        if (type > 32 && type < 128) {
            return NumericError.value("Unknown format code '" + type + "' for object of type '" + typeName + "'");
        }
        return NumericError.value("Unknown format code '\\x" + Integer.toHexString(type) + "' for object of type '" + typeName + "'");
    }

    /** Number of digits between separators for this spec's type: 4 for '_' with b, o, x, X. */
    int groupSize() {
        return grouping == '_' && (type == 'b' || type == 'o' || type == 'x' || type == 'X') ? 4 : 3;
    }

    // ---- strings -------------------------------------------------------------------------

    /** {@code format(s, spec)} for a str (CPython's format_string_internal); parse with {@code ('s', '<')}. */
    @TruffleBoundary
    public static String formatString(String s, FormatSpec spec, String typeName) {
        if (spec.type != 's' && spec.type != NO_TYPE) {
            throw unknownCode(spec.type, typeName);
        }
        if (spec.sign != NO_SIGN) {
            throw NumericError.value(spec.sign == ' ' ? "Space not allowed in string format specifier"
                            : "Sign not allowed in string format specifier");
        }
        if (spec.noNegativeZero) {
            throw NumericError.value("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate) {
            throw NumericError.value("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align == '=') {
            throw NumericError.value("'=' alignment not allowed in string format specifier");
        }
        String body = s;
        if (spec.precision >= 0 && s.codePointCount(0, s.length()) > spec.precision) {
            body = s.substring(0, s.offsetByCodePoints(0, spec.precision));
        }
        return align(body, spec, '<');
    }

    /**
     * Pads {@code body} to the spec's width with its fill character: '<', '>' or '^' (CPython's
     * calc_padding; '=' pads on the right like '<'). Uses {@code defaultAlign} when the spec
     * named none.
     */
    @TruffleBoundary
    public static String align(String body, FormatSpec spec, char defaultAlign) {
        int len = body.codePointCount(0, body.length());
        if (spec.width <= len) {
            return body;
        }
        char a = spec.alignSpecified ? spec.align : defaultAlign;
        int total = spec.width;
        int left = a == '>' ? total - len : a == '^' ? (total - len) / 2 : 0;
        int right = total - len - left;
        StringBuilder sb = new StringBuilder(total + 2);
        repeat(sb, spec.fill, left);
        sb.append(body);
        repeat(sb, spec.fill, right);
        return sb.toString();
    }

    static void repeat(StringBuilder sb, int codePoint, int n) {
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(codePoint);
        }
    }
}
