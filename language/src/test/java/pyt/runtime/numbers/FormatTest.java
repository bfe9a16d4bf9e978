package pyt.runtime.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FormatTest {
    private static String randomSpec(Random rnd, String types) {
        StringBuilder sb = new StringBuilder();
        if (rnd.nextInt(3) == 0) {
            if (rnd.nextBoolean()) {
                sb.append("*x0_\u00e9".charAt(rnd.nextInt(5)));
            }
            sb.append("<>=^".charAt(rnd.nextInt(4)));
        }
        if (rnd.nextInt(3) == 0) {
            sb.append("+- ".charAt(rnd.nextInt(3)));
        }
        if (rnd.nextInt(8) == 0) {
            sb.append('z');
        }
        if (rnd.nextInt(4) == 0) {
            sb.append('#');
        }
        if (rnd.nextInt(4) == 0) {
            sb.append('0');
        }
        if (rnd.nextInt(2) == 0) {
            sb.append(rnd.nextInt(25));
        }
        if (rnd.nextInt(4) == 0) {
            sb.append(rnd.nextBoolean() ? ',' : '_');
        }
        if (rnd.nextInt(2) == 0) {
            sb.append('.').append(rnd.nextInt(rnd.nextInt(5) == 0 ? 30 : 8));
        }
        int t = rnd.nextInt(types.length() + 1);
        if (t < types.length()) {
            sb.append(types.charAt(t));
        }
        return sb.toString();
    }

    private static Object formatFloat(double d, String spec) {
        return FloatFormat.format(d, FormatSpec.parse(spec, "float", FormatSpec.NO_TYPE, '>'));
    }

    private static Object formatInt(Object i, String spec) {
        return IntFormat.format(i, FormatSpec.parse(spec, "int", 'd', '>'));
    }

    @Test
    void floats() {
        Random rnd = new Random(1);
        List<Double> ds = PythonOracle.doubles(rnd, 300);
        List<Object[]> cases = new ArrayList<>();
        for (Double d : ds) {
            for (int i = 0; i < 6; i++) {
                cases.add(new Object[]{d, randomSpec(rnd, "eEfFgGn%xd")});
            }
            cases.add(new Object[]{d, ""});
            cases.add(new Object[]{d, ".3"});
            cases.add(new Object[]{d, ".2f"});
            cases.add(new Object[]{d, ".0e"});
            cases.add(new Object[]{d, "#.0f"});
            cases.add(new Object[]{d, "#g"});
        }
        String[] fixed = {"", "010", "010,", "0=10", "z", "z.1f", "z.0f", ",", "_", ",.2f", "015,.3f", "0<10", "x^11,.1%", "+", " .3e", "abc", ".",
            ",_", "_,", ",d", "10.3n", ",n", "\u0001", "z#0,.1g", ".30g", ".17g", "#.17g", ".500f"};
        for (Double d : List.of(1e16, 1.0, 0.1, -0.0, 2.675, 1234567.891, Double.POSITIVE_INFINITY, Double.NaN, 1e-5, 123456.0, -1e-300)) {
            for (String s : fixed) {
                cases.add(new Object[]{d, s});
            }
        }
        PythonOracle.compare("lambda d, s: format(d, s)", cases, x -> formatFloat((Double) x[0], (String) x[1]));
    }

    @Test
    void percentStyle() {
        Random rnd = new Random(2);
        List<Double> ds = PythonOracle.doubles(rnd, 300);
        List<Object[]> cases = new ArrayList<>();
        for (Double d : ds) {
            char t = "eEfFgG".charAt(rnd.nextInt(6));
            cases.add(new Object[]{d, (long) rnd.nextInt(20), String.valueOf(t)});
        }
        PythonOracle.compare("lambda d, p, t: ('%.' + str(p) + t) % d", cases,
                        x -> FloatFormat.toString((Double) x[0], ((String) x[2]).charAt(0), (int) (long) (Long) x[1], false, false, false, false));
    }

    @Test
    void ints() {
        Random rnd = new Random(3);
        List<Object> is = PythonOracle.ints(rnd, 300);
        is.add(0x10ffffL);
        is.add(0x110000L);
        is.add(65L);
        List<Object[]> cases = new ArrayList<>();
        for (Object i : is) {
            for (int k = 0; k < 8; k++) {
                cases.add(new Object[]{i, randomSpec(rnd, "bcdoxXneEfFgG%s")});
            }
            cases.add(new Object[]{i, ""});
            cases.add(new Object[]{i, "#x"});
            cases.add(new Object[]{i, "#_b"});
            cases.add(new Object[]{i, "020,"});
            cases.add(new Object[]{i, "c"});
        }
        for (String s : new String[]{"abc", ".", ".2", "+c", "#c", "z", "s", ",_", "\u0001", ",x", "_x", ",c", "=10c", "#012_x", "<#12_o", "n", ",n"}) {
            cases.add(new Object[]{65L, s});
        }
        PythonOracle.compare("lambda i, s: format(i, s)", cases, x -> formatInt(x[0], (String) x[1]));
    }

    @Test
    void intStrAndBases() {
        Random rnd = new Random(4);
        List<Object[]> cases = new ArrayList<>();
        for (Object i : PythonOracle.ints(rnd, 200)) {
            cases.add(new Object[]{i});
        }
        cases.add(new Object[]{java.math.BigInteger.TEN.pow(4299)});
        cases.add(new Object[]{java.math.BigInteger.TEN.pow(4300)});
        cases.add(new Object[]{java.math.BigInteger.TEN.pow(4300).negate().add(java.math.BigInteger.ONE)});
        cases.add(new Object[]{java.math.BigInteger.TEN.pow(6000)});
        PythonOracle.compare("lambda i: str(i)", cases, x -> IntFormat.toString(x[0]));
        PythonOracle.compare("lambda i: (bin(i), oct(i), hex(i))", cases,
                        x -> new Object[]{IntFormat.bin(x[0]), IntFormat.oct(x[0]), IntFormat.hex(x[0])});
    }

    @Test
    void strings() {
        Random rnd = new Random(5);
        List<Object[]> cases = new ArrayList<>();
        String[] strs = {"", "a", "hello", "\u00e9t\u00e9", "\ud83d\ude00x", "longer string here"};
        for (String s : strs) {
            for (int k = 0; k < 40; k++) {
                cases.add(new Object[]{s, randomSpec(rnd, "sd")});
            }
            cases.add(new Object[]{s, "05"});
            cases.add(new Object[]{s, "\ud83d\ude00^9.2"});
        }
        PythonOracle.compare("lambda v, s: format(v, s)", cases,
                        x -> FormatSpec.formatString((String) x[0], FormatSpec.parse((String) x[1], "str", 's', '<'), "str"));
    }
}
