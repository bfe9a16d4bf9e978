package pyt.runtime.text;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * printf-style formatting, {@code template % args}, after CPython 3.11's {@code PyUnicode_Format}:
 * mapping keys {@code %(name)s}, flags {@code -+ 0#}, width and precision (with {@code *}),
 * conversions {@code s r a c d i u o x X e E f F g G %}, and CPython's rules for a tuple, a single
 * value or a mapping on the right. Everything that needs the object model goes through
 * {@link Callbacks}.
 */
public final class PercentFormat {
    private PercentFormat() {
    }

    /** What the formatter needs from the runtime. Integers are Long, Integer or BigInteger. */
    public interface Callbacks {
        String str(Object v);

        String repr(Object v);

        String ascii(Object v);

        /** The Java text of {@code v} if it is a str (or str subclass instance), else null. */
        String strValue(Object v);

        /** Python type name, for error messages. */
        String typeName(Object v);

        boolean isTuple(Object v);

        Object[] tupleItems(Object tuple);

        /** {@code PyMapping_Check}: has {@code __getitem__} (dict, list, ...), but false for str. */
        boolean isMapping(Object v);

        /** {@code mapping[key]}; throws whatever the runtime throws (KeyError). */
        Object getItem(Object mapping, String key);

        /** {@code v} as an integer if it is an int or bool (not via {@code __index__}), else null. */
        Object exactInt(Object v);

        /** {@code operator.index(v)}, or null if {@code v} has no {@code __index__}. */
        Object index(Object v);

        /** {@code int(v)} if {@code v} is a number ({@code PyNumber_Check}), else null. */
        Object toInt(Object v);

        /** {@code float(v)} ({@code __float__}, then {@code __index__}), or null when neither exists. */
        Double toFloat(Object v);

        /**
         * Whether the template is bytes ({@code bytes % args}): then {@code %b} is {@code %s},
         * and {@link #str} gives the Latin-1 text of a bytes-like argument.
         */
        default boolean bytesTemplate() {
            return false;
        }
    }

    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    /** The state of one format operation: the template and the argument cursor. */
    private static final class Ctx {
        final int[] fmt;
        int pos;
        Object args;
        int argLen;
        int argIdx;
        final Object dict;
        final Callbacks cb;

        Ctx(String template, Object args, Callbacks cb) {
            this.fmt = template.codePoints().toArray();
            this.cb = cb;
            if (cb.isTuple(args)) {
                Object[] items = cb.tupleItems(args);
                this.args = items;
                this.argLen = items.length;
                this.argIdx = 0;
            } else {
                this.args = args;
                this.argLen = -1;
                this.argIdx = -2;
            }
            this.dict = !cb.isTuple(args) && cb.strValue(args) == null && cb.isMapping(args) ? args : null;
        }

        Object nextArg() {
            if (argIdx < argLen) {
                int i = argIdx++;
                return argLen < 0 ? args : ((Object[]) args)[i];
            }
            throw TextError.type("not enough arguments for format string");
        }
    }

    /** {@code template % args}. */
    @TruffleBoundary
    public static String format(String template, Object args, Callbacks cb) {
        Ctx c = new Ctx(template, args, cb);
        StringBuilder out = new StringBuilder(template.length() + 16);
        int[] fmt = c.fmt;
        while (c.pos < fmt.length) {
            int ch = fmt[c.pos];
            if (ch != '%') {
                out.appendCodePoint(ch);
                c.pos++;
                continue;
            }
            c.pos++;
            formatOne(c, out);
        }
        if (c.argIdx < c.argLen && c.dict == null) {
            throw TextError.type("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static void formatOne(Ctx c, StringBuilder out) {
        int[] fmt = c.fmt;
        if (c.pos < fmt.length && fmt[c.pos] == '%') {
            // only "%%" escapes: "%5%" consumes an argument and then rejects the conversion
            out.append('%');
            c.pos++;
            return;
        }
        if (c.pos < fmt.length && fmt[c.pos] == '(') {
            if (c.dict == null) {
                throw TextError.type("format requires a mapping");
            }
            int depth = 1;
            int keyStart = ++c.pos;
            while (depth > 0 && c.pos < fmt.length) {
                if (fmt[c.pos] == ')') {
                    depth--;
                } else if (fmt[c.pos] == '(') {
                    depth++;
                }
                c.pos++;
            }
            if (depth > 0) {
                throw TextError.value("incomplete format key");
            }
            String key = new String(fmt, keyStart, c.pos - 1 - keyStart);
            c.args = c.cb.getItem(c.dict, key);
            c.argLen = -1;
            c.argIdx = -2;
        }
        int flags = 0;
        loop: while (c.pos < fmt.length) {
            switch (fmt[c.pos]) {
                case '-' -> flags |= F_LJUST;
                case '+' -> flags |= F_SIGN;
                case ' ' -> flags |= F_BLANK;
                case '#' -> flags |= F_ALT;
                case '0' -> flags |= F_ZERO;
                default -> {
                    break loop;
                }
            }
            c.pos++;
        }
        long width = -1;
        if (c.pos < fmt.length && fmt[c.pos] == '*') {
            width = starArg(c);
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            c.pos++;
        } else {
            width = digits(c, width, "width too big");
        }
        long prec = -1;
        if (c.pos < fmt.length && fmt[c.pos] == '.') {
            c.pos++;
            prec = 0;
            if (c.pos < fmt.length && fmt[c.pos] == '*') {
                prec = Math.max(0, starArg(c));
                c.pos++;
            } else {
                prec = digits(c, 0, "precision too big");
            }
        }
        while (c.pos < fmt.length && (fmt[c.pos] == 'h' || fmt[c.pos] == 'l' || fmt[c.pos] == 'L')) {
            c.pos++;
        }
        if (c.pos >= fmt.length) {
            throw TextError.value("incomplete format");
        }
        int conv = fmt[c.pos++];
        Object v = c.nextArg();
        Callbacks cb = c.cb;
        String s;
        boolean numeric = false;
        switch (conv) {
            case 's', 'r', 'a', 'b' -> {
                if (conv == 'b' && !cb.bytesTemplate()) {
                    throw unsupported(c, conv);
                }
                s = conv == 's' || conv == 'b' ? cb.str(v) : conv == 'r' ? cb.repr(v) : cb.ascii(v);
                if (prec >= 0 && prec < s.length() && CodePoints.length(s) > prec) {
                    s = s.substring(0, s.offsetByCodePoints(0, (int) prec));
                }
            }
            case 'c' -> s = formatChar(v, cb);
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                s = formatInt(v, (char) conv, flags, prec, cb);
                numeric = true;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                Double d = cb.toFloat(v);
                if (d == null) {
                    throw TextError.type("must be real number, not " + cb.typeName(v));
                }
                s = PrintfFloat.format(d, (char) conv, prec < 0 ? 6 : (int) Math.min(prec, Integer.MAX_VALUE - 64),
                                (flags & F_ALT) != 0);
                numeric = true;
            }
            default -> throw unsupported(c, conv);
        }
        output(out, s, numeric, flags, width, (char) conv);
    }

    private static RuntimeException unsupported(Ctx c, int conv) {
        return TextError.value(String.format("unsupported format character '%s' (0x%x) at index %d",
                        CodePoints.fromCodePoint(conv), conv, c.pos - 1));
    }

    private static long starArg(Ctx c) {
        Object v = c.nextArg();
        Object i = c.cb.exactInt(v);
        if (i == null) {
            throw TextError.type("* wants int");
        }
        if (i instanceof BigInteger || ((Number) i).longValue() != ((Number) i).intValue()) {
            throw TextError.overflow("Python int too large to convert to C int");
        }
        return ((Number) i).longValue();
    }

    private static long digits(Ctx c, long initial, String tooBig) {
        long n = initial;
        while (c.pos < c.fmt.length && c.fmt[c.pos] >= '0' && c.fmt[c.pos] <= '9') {
            int d = c.fmt[c.pos] - '0';
            if (n < 0) {
                n = 0;
            }
            if (n > (Long.MAX_VALUE - d) / 10) {
                throw TextError.value(tooBig);
            }
            n = n * 10 + d;
            c.pos++;
        }
        return n;
    }

    private static String formatChar(Object v, Callbacks cb) {
        String str = cb.strValue(v);
        if (str != null) {
            if (!str.isEmpty() && str.codePointCount(0, str.length()) == 1) {
                return str;
            }
            throw TextError.type("%c requires int or char");
        }
        Object i = cb.index(v);
        if (i == null) {
            throw TextError.type("%c requires int or char");
        }
        if (i instanceof BigInteger || ((Number) i).longValue() < 0 || ((Number) i).longValue() > 0x10FFFF) {
            throw TextError.overflow("%c arg not in range(0x110000)");
        }
        return CodePoints.fromCodePoint(((Number) i).intValue());
    }

    private static String formatInt(Object v, char conv, int flags, long prec, Callbacks cb) {
        Object i = cb.exactInt(v);
        if (i == null) {
            if (conv == 'o' || conv == 'x' || conv == 'X') {
                i = cb.index(v);
                if (i == null) {
                    throw TextError.type("%" + conv + " format: an integer is required, not " + cb.typeName(v));
                }
            } else {
                i = cb.toInt(v);
                if (i == null) {
                    throw TextError.type("%" + conv + " format: a real number is required, not " + cb.typeName(v));
                }
            }
        }
        BigInteger big = i instanceof BigInteger b ? b : BigInteger.valueOf(((Number) i).longValue());
        String digits = switch (conv) {
            case 'o' -> big.abs().toString(8);
            case 'x' -> big.abs().toString(16);
            case 'X' -> big.abs().toString(16).toUpperCase();
            default -> big.abs().toString();
        };
        StringBuilder sb = new StringBuilder();
        if (big.signum() < 0) {
            sb.append('-');
        }
        if ((flags & F_ALT) != 0 && conv != 'd' && conv != 'i' && conv != 'u') {
            sb.append('0').append(conv);
        }
        if (prec > digits.length()) {
            if (prec > Integer.MAX_VALUE - 64) {
                throw new TextError(TextError.Kind.MemoryError, "");
            }
            sb.append("0".repeat((int) prec - digits.length()));
        }
        return sb.append(digits).toString();
    }

    /** CPython's {@code unicode_format_arg_output}: sign, alternate prefix, fill and padding. */
    private static void output(StringBuilder out, String s, boolean numeric, int flags, long width, char conv) {
        int len = CodePoints.length(s);
        int p = 0;
        char sign = 0;
        char fill = numeric && (flags & F_ZERO) != 0 ? '0' : ' ';
        if (numeric) {
            char ch = s.charAt(0);
            if (ch == '-' || ch == '+') {
                sign = ch;
                len--;
                p++;
            } else if ((flags & F_SIGN) != 0) {
                sign = '+';
            } else if ((flags & F_BLANK) != 0) {
                sign = ' ';
            }
        }
        if (width < len) {
            width = len;
        }
        if (width > Integer.MAX_VALUE - 64) {
            throw new TextError(TextError.Kind.MemoryError, "");
        }
        if (sign != 0) {
            if (fill != ' ') {
                out.append(sign);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = (flags & F_ALT) != 0 && (conv == 'x' || conv == 'X' || conv == 'o');
        if (prefix) {
            if (fill != ' ') {
                out.append('0').append(conv);
                p += 2;
            }
            width = Math.max(0, width - 2);
            len -= 2;
        }
        if (width > len && (flags & F_LJUST) == 0) {
            StrMethods.repeat(out, fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (sign != 0) {
                out.append(sign);
            }
            if (prefix) {
                out.append('0').append(conv);
                p += 2;
            }
        }
        out.append(s, p, s.length());
        if (width > len) {
            StrMethods.repeat(out, ' ', width - len);
        }
    }
}
