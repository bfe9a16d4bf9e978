package pyt.runtime.text;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link PercentFormat} and {@link PrintfFloat} against CPython on random templates. */
class PercentFormatTest {
    private static final TestValues CB = new TestValues();
    private static final double[] DOUBLES = {0.0, -0.0, 2.675, 0.125, 0.375, 1e16, 1.5, 2.5, -123.456, 1e-5, 1.234e-5,
                    123456789.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0.1, 9.9999995, 5e-324,
                    Double.MAX_VALUE, 99999.5, 999999.5, 0.00001, 0.0001, 123456.0, 1e22, 1e100, -1.0, 3.0};
    private static final Object[] INTS = {0L, 1L, -1L, 7L, 255L, -255L, 123456789L, Long.MIN_VALUE, Long.MAX_VALUE,
                    BigInteger.ONE.shiftLeft(70), BigInteger.ONE.shiftLeft(70).negate(), true, false};

    private static Object value(Random r, char conv) {
        int k = r.nextInt(20);
        if (k == 0) {
            return "s" + r.nextInt(10);
        }
        if (k == 1 && "sra".indexOf(conv) < 0) {
            return DOUBLES[r.nextInt(DOUBLES.length)];
        }
        switch (conv) {
            case 'e', 'E', 'f', 'F', 'g', 'G':
                if (r.nextInt(4) == 0) {
                    return INTS[r.nextInt(INTS.length)];
                }
                return r.nextInt(3) == 0 ? r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20) : DOUBLES[r.nextInt(DOUBLES.length)];
            case 's', 'r', 'a':
                return r.nextBoolean() ? new PythonOracle().randomStringWith(r, 5) : INTS[r.nextInt(INTS.length)];
            case 'c':
                return r.nextBoolean() ? (long) r.nextInt(0x11000) - 2 : new PythonOracle().randomStringWith(r, 2);
            default:
                return INTS[r.nextInt(INTS.length)];
        }
    }

    @Test
    void randomTemplates() {
        PythonOracle o = new PythonOracle();
        Random r = o.random;
        String convs = "sracdiuoxXeEfFgG%";
        for (int n = 0; n < 1500; n++) {
            StringBuilder t = new StringBuilder();
            List<Object> args = new java.util.ArrayList<>();
            Map<String, Object> map = new LinkedHashMap<>();
            boolean useMap = r.nextInt(6) == 0;
            int fields = r.nextInt(3) + (useMap ? 1 : 0);
            for (int f = 0; f < fields; f++) {
                t.append(r.nextBoolean() ? "" : new String[]{"a", "\u00e9 ", "\ud83d\ude00x"}[r.nextInt(3)]);
                char conv = convs.charAt(r.nextInt(convs.length()));
                t.append('%');
                if (useMap) {
                    String key = "k" + f;
                    t.append('(').append(key).append(')');
                    map.put(key, value(r, conv));
                }
                for (char flag : "-+ #0".toCharArray()) {
                    if (r.nextInt(5) == 0) {
                        t.append(flag);
                    }
                }
                if (r.nextInt(3) == 0) {
                    t.append(r.nextInt(25));
                } else if (!useMap && r.nextInt(10) == 0) {
                    t.append('*');
                    args.add((long) r.nextInt(21) - 10);
                }
                if (r.nextInt(3) == 0) {
                    t.append('.').append(r.nextInt(20));
                } else if (!useMap && r.nextInt(10) == 0) {
                    t.append(".*");
                    args.add((long) r.nextInt(21) - 5);
                }
                t.append(conv);
                if (conv != '%' && !useMap) {
                    args.add(value(r, conv));
                }
            }
            if (r.nextInt(20) == 0) {
                t.append("%y");
            }
            if (!useMap && r.nextInt(20) == 0) {
                args.add(1L);
            }
            if (!useMap && r.nextInt(20) == 0 && !args.isEmpty()) {
                args.remove(0);
            }
            String template = t.toString();
            Object a;
            if (useMap) {
                a = map;
            } else if (args.size() == 1 && r.nextBoolean() && !(args.get(0) instanceof Object[])) {
                a = args.get(0);
            } else {
                a = args.toArray();
            }
            o.check(PythonOracle.py(template) + " % " + TestValues.py(a), () -> PercentFormat.format(template, a, CB));
        }
        o.verify();
    }

    @Test
    void specialCases() {
        PythonOracle o = new PythonOracle();
        Object[][] cases = {{"%s", List.of()}, {"hello", List.of()}, {"hello", 5L}, {"hello", new Object[0]},
                        {"%(a)s %s", Map.of("a", 1L)}, {"%s %(a)s", new Object[]{Map.of("a", 1L)}}, {"%(a", Map.of()},
                        {"%", new Object[0]}, {"%5%", new Object[0]}, {"%y", 1L}, {"\ud83d\ude00%y", 1L},
                        {"%c", "ab"}, {"%c", -1L}, {"%c", 1.5}, {"%c", 0x1F600L}, {"%5c", 65L}, {"%-3c|", "\ud83d\ude00"},
                        {"%d", "1"}, {"%x", 1.5}, {"%f", "x"}, {"%d", 3.99}, {"%d", -3.99}, {"%*d", new Object[]{"a", 1L}},
                        {"%.*d", new Object[]{"a", 1L}}, {"%ld %5.2hf", new Object[]{3L, 2.5}}, {"%s", new Object[0]},
                        {"%.3s|%-6.2s|%6s", new Object[]{"\ud83d\ude00abcdef", "xyz", "\ud83d\ude00"}},
                        {"%(a)s %(a)r", Map.of("a", "it's")}, {"%(b)s", Map.of("a", 1L)}, {"%r %a", new Object[]{"\u00e9\n", "\u00e9\n"}},
                        {"%#o %#x %#X %#5x %#-8o| %#08x %+#x % x", new Object[]{8L, 255L, 255L, 1L, -8L, -255L, 0L, 10L}},
                        {"%.0f %.0f %.0f %.1f %.2f", new Object[]{0.5, 1.5, 2.5, 0.25, 2.675}},
                        {"%010.3f|%-10.3e|%+g|% G|%#g|%#.0f|%#.0e", new Object[]{-3.14159, 31415.9, 1e-5, 1e20, 1.0, 3.0, 3.0}},
                        {"%010f|%-+10f|%010e", new Object[]{Double.NEGATIVE_INFINITY, Double.NaN, Double.POSITIVE_INFINITY}},
                        {"%.20f|%.20e|%.20g|%.17g", new Object[]{0.1, 0.1, 0.1, 0.1}}, {"%f", 1e300}, {"%.0g|%.1g|%g", new Object[]{123456.0, 0.000012345, 100000.0}}};
        for (Object[] c : cases) {
            String template = (String) c[0];
            Object a = c[1];
            o.check(PythonOracle.py(template) + " % " + TestValues.py(a), () -> PercentFormat.format(template, a, CB));
        }
        o.verify();
    }
}
