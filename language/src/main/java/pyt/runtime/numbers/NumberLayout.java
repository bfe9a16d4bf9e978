package pyt.runtime.numbers;

/**
 * Sign, prefix, grouping and padding of a formatted number (CPython's calc_number_widths and
 * fill_number): {@code [lpad][sign][prefix][spad][grouped digits][remainder][rpad]}.
 */
final class NumberLayout {
    private NumberLayout() {
    }

    /**
     * @param digits the integer digits to group (may be empty, then there is no grouping)
     * @param remainder everything after them: decimal point, fraction, exponent, '%'
     * @param sep the separator, or {@link FormatSpec#NO_GROUPING}
     */
    static String fill(boolean negative, String prefix, String digits, String remainder, FormatSpec spec,
                    char sep, int groupSize) {
        String sign = "";
        switch (spec.sign()) {
            case '+' -> sign = negative ? "-" : "+";
            case ' ' -> sign = negative ? "-" : " ";
            default -> sign = negative ? "-" : "";
        }
        int nonDigit = sign.length() + prefix.length() + remainder.codePointCount(0, remainder.length());
        int minWidth = spec.fill() == '0' && spec.align() == '=' ? spec.width() - nonDigit : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, sep, groupSize);
        int padding = spec.width() - (nonDigit + grouped.length());
        int lpad = 0;
        int spad = 0;
        int rpad = 0;
        if (padding > 0) {
            switch (spec.align()) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        StringBuilder sb = new StringBuilder();
        FormatSpec.repeat(sb, spec.fill(), lpad);
        sb.append(sign).append(prefix);
        FormatSpec.repeat(sb, spec.fill(), spad);
        sb.append(grouped).append(remainder);
        FormatSpec.repeat(sb, spec.fill(), rpad);
        return sb.toString();
    }

    /** CPython's _PyUnicode_InsertThousandsGrouping, zero-padding to {@code minWidth}. */
    private static String group(String digits, int minWidth, char sep, int groupSize) {
        StringBuilder out = new StringBuilder(); // built reversed
        int remaining = digits.length();
        int pos = digits.length();
        if (sep == FormatSpec.NO_GROUPING) {
            int l = Math.max(Math.max(remaining, minWidth), 1);
            StringBuilder sb = new StringBuilder();
            FormatSpec.repeat(sb, '0', l - remaining);
            return sb.append(digits).toString();
        }
        boolean useSep = false;
        while (true) {
            int l = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
            int nZeros = Math.max(0, l - remaining);
            int nChars = Math.max(0, Math.min(remaining, l));
            if (useSep) {
                out.append(sep);
            }
            for (int i = 0; i < nChars; i++) {
                out.append(digits.charAt(--pos));
            }
            for (int i = 0; i < nZeros; i++) {
                out.append('0');
            }
            useSep = true;
            remaining -= nChars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0) {
                break;
            }
            minWidth -= 1;
        }
        return out.reverse().toString();
    }
}
