package pyt.runtime.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ParseTest {
    private static final String[] INT_TEXTS = {"0", "-0", "+12", " 12 ", "\t-7\n", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0o17", "0b101", "0x_1f",
        "0x__1f", "010", "00", "0_0", "0_7", "abc", "", " ", "- 1", "+-1", "1 2", "\u0663", "\u3000 12 \u3000", "\u3000 12 \u001c", "12\u00a0",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "99999999999999999999999999",
        "z", "Z", "zz", "1e5", "1.0", "0b", "0x", "0o8", "0b2", "\ud835\udfce\ud835\udfcf", "'\"", "x\ny", "\u00e9", "\u0000", "12'"};

    @Test
    void ints() {
        List<Object[]> cases = new ArrayList<>();
        long[] bases = {10, 0, 16, 8, 2, 36, 7, 1, 37, -1};
        for (String s : INT_TEXTS) {
            for (long b : bases) {
                cases.add(new Object[]{s, b});
            }
        }
        Random rnd = new Random(1);
        for (int i = 0; i < 200; i++) {
            int base = 2 + rnd.nextInt(35);
            StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "-" : "");
            int len = 1 + rnd.nextInt(rnd.nextBoolean() ? 10 : 80);
            for (int k = 0; k < len; k++) {
                sb.append(Character.forDigit(rnd.nextInt(base), base));
                if (rnd.nextInt(10) == 0) {
                    sb.append('_');
                }
            }
            cases.add(new Object[]{sb.toString(), (long) base});
        }
        cases.add(new Object[]{"1".repeat(4300), 10L});
        cases.add(new Object[]{"-" + "1".repeat(4301), 10L});
        cases.add(new Object[]{"1_".repeat(4300) + "1", 10L});
        cases.add(new Object[]{"1".repeat(5000), 16L});
        cases.add(new Object[]{"x".repeat(300), 10L});
        PythonOracle.compare("lambda s, b: int(s, b)", cases, x -> IntParse.parse((String) x[0], (Long) x[1]));
    }

    @Test
    void floats() {
        List<Object[]> cases = new ArrayList<>();
        String[] texts = {"0", "-0", "1.5", " 1.5 ", "1_000.000_1", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0", "1_e5", "inf", "-Infinity", "+iNf", "nan",
            "-nan", "NaN", "infinit", "infinityy", "1e", "1e+", "e5", ".", ".5", "5.", "-.5e-3", "0x1p3", "1e500", "-1e500", "1e-400", "", " ", "x",
            "\u0661.\u0665", "\u3000 1.5 \u3000", "1.5\u001c", "1.5d", "1.5f", "2.5e-324", "4.9406564584124654e-324", "123456789012345678901234567890",
            "0.1", "1,5", "1 5", "++1", "\u00e9", "'", "1.7976931348623157e308", "1.7976931348623159e308", "x".repeat(300)};
        for (String s : texts) {
            cases.add(new Object[]{s});
        }
        Random rnd = new Random(2);
        for (Double d : PythonOracle.doubles(rnd, 200)) {
            cases.add(new Object[]{FloatRepr.repr(d)});
            cases.add(new Object[]{FloatFormat.toString(d, 'e', rnd.nextInt(20), false, false, false, false)});
        }
        PythonOracle.compare("lambda s: float(s)", cases, x -> FloatParse.parse((String) x[0]));
    }
}
