package pyt.runtime.numbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The numeric conversions of printf-style formatting ({@code '%05d' % n}, {@code '%#x'},
 * {@code '%-+8.2e'}), after CPython's unicodeobject.c: the caller parses the directive and
 * converts the argument (int for {@code d i u o x X}, float for {@code e E f F g G}).
 */
public final class PercentFormat {
    public static final int F_LJUST = 1;
    public static final int F_SIGN = 2;
    public static final int F_BLANK = 4;
    public static final int F_ALT = 8;
    public static final int F_ZERO = 16;

    private PercentFormat() {
    }

    /** {@code %d %i %u %o %x %X} on an int; {@code prec} is -1 when absent. */
    @TruffleBoundary
    public static String formatInt(Object value, char conv, int flags, int width, int prec) {
        String digits = switch (conv) {
            case 'd', 'i', 'u' -> IntFormat.toString(value);
            case 'o', 'x', 'X' -> {
                String d = conv == 'o' ? IntFormat.oct(value) : IntFormat.hex(value);
                yield (flags & F_ALT) == 0 ? d.replaceFirst("0[ox]", "") : d;
            }
            default -> throw new IllegalArgumentException("conversion " + conv);
        };
        boolean negative = digits.startsWith("-");
        String sign = negative ? "-" : "";
        String body = negative ? digits.substring(1) : digits;
        String prefix = "";
        if ((flags & F_ALT) != 0 && conv != 'd' && conv != 'i' && conv != 'u') {
            prefix = body.substring(0, 2);
            body = body.substring(2);
        }
        if (prec > body.length()) {
            body = "0".repeat(prec - body.length()) + body;
        }
        String s = sign + prefix + body;
        if (conv == 'X') {
            s = s.toUpperCase();
        }
        return pad(s, conv, flags, width);
    }

    /** {@code %e %E %f %F %g %G} on a float; {@code prec} is -1 when absent (then 6). */
    @TruffleBoundary
    public static String formatFloat(double value, char conv, int flags, int width, int prec) {
        String s = FloatFormat.toString(value, conv, prec < 0 ? 6 : prec, false, false, (flags & F_ALT) != 0, false);
        return pad(s, conv, flags, width);
    }

    /** Sign, '0x' prefix and padding (CPython's unicode_format_arg_output for numbers). */
    private static String pad(String pbuf, char conv, int flags, int width) {
        StringBuilder out = new StringBuilder(Math.max(width, pbuf.length()) + 2);
        char fill = (flags & F_ZERO) != 0 ? '0' : ' ';
        int pindex = 0;
        int len = pbuf.length();
        boolean sign = true;
        char signchar = 0;
        char ch = pbuf.charAt(0);
        if (ch == '-' || ch == '+') {
            signchar = ch;
            len--;
            pindex++;
        } else if ((flags & F_SIGN) != 0) {
            signchar = '+';
        } else if ((flags & F_BLANK) != 0) {
            signchar = ' ';
        } else {
            sign = false;
        }
        if (width < len) {
            width = len;
        }
        if (sign) {
            if (fill != ' ') {
                out.append(signchar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean altPrefix = (flags & F_ALT) != 0 && (conv == 'x' || conv == 'X' || conv == 'o');
        if (altPrefix) {
            if (fill != ' ') {
                out.append(pbuf, pindex, pindex + 2);
            }
            width = Math.max(0, width - 2);
            len -= 2;
        }
        if (width > len && (flags & F_LJUST) == 0) {
            out.append(String.valueOf(fill).repeat(width - len));
            width = len;
        }
        if (fill == ' ') {
            if (sign) {
                out.append(signchar);
            }
            if (altPrefix) {
                out.append(pbuf, pindex, pindex + 2);
            }
        }
        if (altPrefix) {
            pindex += 2;
        }
        out.append(pbuf, pindex, pindex + len);
        if (width > len) {
            out.append(" ".repeat(width - len));
        }
        return out.toString();
    }
}
