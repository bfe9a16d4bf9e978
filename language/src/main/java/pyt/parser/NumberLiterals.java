package pyt.parser;

import java.math.BigInteger;

import pyt.parser.ast.Expr;

/** Values of number literals the tokenizer has already validated. */
final class NumberLiterals {
    private NumberLiterals() {
    }

    /** A Long (BigInteger when too large), Double or {@link Expr.Imaginary}. */
    static Object parse(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Expr.Imaginary(parseFloat(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char c = s.charAt(1);
            if (c == 'x' || c == 'X') {
                return integer(s.substring(2), 16);
            }
            if (c == 'o' || c == 'O') {
                return integer(s.substring(2), 8);
            }
            if (c == 'b' || c == 'B') {
                return integer(s.substring(2), 2);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return parseFloat(s);
            }
        }
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger b = new BigInteger(digits, radix);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private static double parseFloat(String s) {
        return Double.parseDouble(s);
    }
}
