package pyt.runtime.numbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code format(z, spec)} for a complex (CPython's format_complex_internal). */
public final class ComplexFormat {
    private ComplexFormat() {
    }

    /** Parse the spec with {@code ("complex", FormatSpec.NO_TYPE, '>')}. */
    @TruffleBoundary
    public static String format(double re, double im, FormatSpec spec) {
        char type = spec.type();
        switch (type) {
            case FormatSpec.NO_TYPE, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> {
            }
            default -> throw FormatSpec.unknownCode(type, "complex");
        }
        if (spec.fill() == '0') {
            throw NumericError.value("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align() == '=') {
            throw NumericError.value("'=' alignment flag is not allowed in complex format specifier");
        }
        int precision = spec.precision();
        int defaultPrecision = 6;
        boolean skipRe = false;
        boolean parens = false;
        if (type == FormatSpec.NO_TYPE) {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0.0 && Double.doubleToRawLongBits(re) == 0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        char sep = spec.type() == 'n' ? FormatSpec.NO_GROUPING : spec.grouping();
        String reText = part(re, type, precision, spec, spec.sign(), sep);
        String imText = part(im, type, precision, spec, skipRe ? spec.sign() : '+', sep);
        String body = (parens ? "(" : "") + (skipRe ? "" : reText) + imText + "j" + (parens ? ")" : "");
        return FormatSpec.align(body, spec, '>');
    }

    private static String part(double v, char type, int precision, FormatSpec spec, char sign, char sep) {
        String s = FloatFormat.toString(v, type, precision, false, false, spec.alternate(), spec.noNegativeZero());
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        int digitsEnd = 0;
        while (digitsEnd < s.length() && Character.isDigit(s.charAt(digitsEnd))) {
            digitsEnd++;
        }
        FormatSpec unpadded = new FormatSpec(' ', '<', false, sign, false, false, -1, sep, -1, type);
        return NumberLayout.fill(negative, "", s.substring(0, digitsEnd), s.substring(digitsEnd), unpadded, sep, 3);
    }
}
