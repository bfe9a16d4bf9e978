package pyt.parser;

/**
 * Finds the end of a number literal and raises CPython's errors for malformed ones, following
 * {@code tokenizer.c} branch by branch (the messages depend on exactly where scanning stops).
 * Converting the text to a value is {@link NumberLiterals}' job.
 */
final class NumberScanner {
    private final Tokenizer t;
    private int p;

    private final int start;

    private NumberScanner(Tokenizer t, int p) {
        this.t = t;
        this.p = p;
        this.start = p;
    }

    static void scan(Tokenizer t, int start) {
        NumberScanner s = new NumberScanner(t, start);
        s.scan();
        t.setPos(s.p);
    }

    private int c() {
        return t.charAt(p);
    }

    private int c(int k) {
        return t.charAt(p + k);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private Tokenizer.TokenizeError error(String msg) {
        return t.numberError(msg, p);
    }

    private void scan() {
        int c = c();
        if (c == '.') {
            p++;
            fraction();
            return;
        }
        if (c == '0') {
            p++;
            c = c();
            if (c == 'x' || c == 'X') {
                p++;
                radix(16, "hexadecimal");
                return;
            } else if (c == 'o' || c == 'O') {
                p++;
                radix(8, "octal");
                return;
            } else if (c == 'b' || c == 'B') {
                p++;
                radix(2, "binary");
                return;
            }
            boolean nonzero = false;
            for (;;) {
                if (c() == '_') {
                    p++;
                    if (!isDigit(c())) {
                        throw error("invalid decimal literal");
                    }
                }
                if (c() != '0') {
                    break;
                }
                p++;
            }
            if (isDigit(c())) {
                nonzero = true;
                decimalTail();
            }
            c = c();
            if (c == '.') {
                p++;
                fraction();
            } else if (c == 'e' || c == 'E') {
                exponent();
            } else if (c == 'j' || c == 'J') {
                p++;
                verifyEnd("imaginary");
            } else if (nonzero) {
                throw t.numberError("leading zeros in decimal integer literals are not permitted; "
                                + "use an 0o prefix for octal integers", start + 1);
            } else {
                verifyEnd("decimal");
            }
            return;
        }
        decimalTail();
        if (c() == '.') {
            p++;
            fraction();
            return;
        }
        afterFraction();
    }

    private void radix(int radix, String kind) {
        do {
            if (c() == '_') {
                p++;
            }
            if (!digitOf(c(), radix)) {
                if (radix != 16 && isDigit(c())) {
                    p++;
                    throw error("invalid digit '" + (char) c(-1) + "' in " + kind + " literal");
                }
                throw error("invalid " + kind + " literal");
            }
            do {
                p++;
            } while (digitOf(c(), radix));
        } while (c() == '_');
        if (radix != 16 && isDigit(c())) {
            p++;
            throw error("invalid digit '" + (char) c(-1) + "' in " + kind + " literal");
        }
        verifyEnd(kind);
    }

    private static boolean digitOf(int c, int radix) {
        return switch (radix) {
            case 16 -> isHex(c);
            case 8 -> c >= '0' && c <= '7';
            default -> c == '0' || c == '1';
        };
    }

    /** Digits with single underscores between them; pos is at the first digit. */
    private void decimalTail() {
        for (;;) {
            while (isDigit(c())) {
                p++;
            }
            if (c() != '_') {
                return;
            }
            p++;
            if (!isDigit(c())) {
                throw error("invalid decimal literal");
            }
        }
    }

    /** After the '.', which has been consumed. */
    private void fraction() {
        if (isDigit(c())) {
            decimalTail();
        }
        afterFraction();
    }

    private void afterFraction() {
        int c = c();
        if (c == 'e' || c == 'E') {
            exponent();
            return;
        }
        if (c == 'j' || c == 'J') {
            p++;
            verifyEnd("imaginary");
            return;
        }
        verifyEnd("decimal");
    }

    /** At the 'e'. */
    private void exponent() {
        int ePos = p;
        p++;
        int c = c();
        if (c == '+' || c == '-') {
            p++;
            if (!isDigit(c())) {
                throw error("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            // "1e" followed by something that is not a digit: the number ends before the 'e'
            p = ePos;
            verifyEnd("decimal");
            return;
        }
        decimalTail();
        if (c() == 'j' || c() == 'J') {
            p++;
            verifyEnd("imaginary");
            return;
        }
        verifyEnd("decimal");
    }

    /**
     * CPython's verify_end_of_number: a number directly followed by an identifier character is
     * an error, except before the keywords that may legally follow (and, else, for, if, in, is,
     * not, or), where CPython only warns.
     */
    private void verifyEnd(String kind) {
        int c = c();
        boolean r = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> c(1) == 'f' || c(1) == 'n' || c(1) == 's';
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (r) {
            return;
        }
        // non-ASCII is left to the next token, which reports "invalid character" if need be
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || isDigit(c)) {
            throw error("invalid " + kind + " literal");
        }
    }

    private boolean lookahead(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (c(1 + i) != rest.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
