package pyt.runtime.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs CPython 3 at test time as the oracle: each case is a tuple of arguments, evaluated by a
 * Python lambda and by the Java function; both results are encoded the same way (ints in
 * decimal, floats by their hex form, tuples, strings, exceptions as type and message) and
 * compared. Tests are skipped when {@code python3} is missing.
 */
final class PythonOracle {
    private static Boolean available;

    private PythonOracle() {
    }

    static synchronized void assumePython() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.version_info[:2] >= (3, 11))")
                                .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                available = p.waitFor() == 0 && out.equals("True");
            } catch (IOException | InterruptedException e) {
                available = false;
            }
        }
        Assumptions.assumeTrue(available, "python3 >= 3.11 not available");
    }

    private static final String PRELUDE = """
                    import sys, math
                    sys.set_int_max_str_digits(0)
                    def enc(x):
                        if isinstance(x, bool): return 'i' + str(int(x))
                        if isinstance(x, int): return 'i' + str(x)
                        if isinstance(x, float): return 'f' + x.hex()
                        if isinstance(x, complex): return 'c' + enc(x.real) + ',' + enc(x.imag)
                        if isinstance(x, str): return 's' + x.encode('unicode_escape').decode('ascii')
                        if isinstance(x, bytes): return 'b' + x.hex()
                        if isinstance(x, (tuple, list)): return '(' + ';'.join(enc(e) for e in x) + ')'
                        return '?' + repr(x)
                    def run(F):
                        for line in sys.stdin:
                            sys.set_int_max_str_digits(0)
                            args = eval(line)
                            sys.set_int_max_str_digits(4300)
                            try:
                                res = F(*args)
                                ok = True
                            except Exception as e:
                                res = e
                                ok = False
                            sys.set_int_max_str_digits(0)
                            out = enc(res) if ok else '!' + type(res).__name__ + ': ' + str(res)
                            print(out.replace('\\n', '\\\\n'))
                    """;

    /** Evaluates {@code lambda} (Python source of a callable) on each argument tuple. */
    static List<String> python(String lambda, List<String> argTuples) {
        try {
            Path script = Files.createTempFile("pyt-oracle", ".py");
            try {
                Files.writeString(script, PRELUDE + "run(" + lambda + ")\n");
                Process p = new ProcessBuilder("python3", script.toString()).redirectErrorStream(false).start();
                Thread writer = new Thread(() -> {
                    try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
                        for (String a : argTuples) {
                            w.write(a);
                            w.write('\n');
                        }
                    } catch (IOException e) {
                        throw new RuntimeException(e);
                    }
                });
                writer.start();
                List<String> out = new ArrayList<>();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        out.add(line);
                    }
                }
                String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                writer.join();
                if (p.waitFor() != 0 || out.size() != argTuples.size()) {
                    fail("python3 failed: " + err);
                }
                return out;
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException | InterruptedException e) {
            throw new RuntimeException(e);
        }
    }

    /** Java encoding matching the Python {@code enc}. */
    static String enc(Object x) {
        if (x instanceof Long || x instanceof BigInteger) {
            return "i" + x;
        }
        if (x instanceof Integer i) {
            return "i" + i;
        }
        if (x instanceof Boolean b) {
            return "i" + (b ? 1 : 0);
        }
        if (x instanceof Double d) {
            return "f" + FloatHex.hex(d);
        }
        if (x instanceof String s) {
            return "s" + escape(s);
        }
        if (x instanceof byte[] bs) {
            StringBuilder sb = new StringBuilder("b");
            for (byte b : bs) {
                sb.append(String.format("%02x", b & 0xff));
            }
            return sb.toString();
        }
        if (x instanceof double[] ds) {
            List<String> parts = new ArrayList<>();
            for (double d : ds) {
                parts.add(enc(d));
            }
            return "(" + String.join(";", parts) + ")";
        }
        if (x instanceof Object[] os) {
            List<String> parts = new ArrayList<>();
            for (Object o : os) {
                parts.add(enc(o));
            }
            return "(" + String.join(";", parts) + ")";
        }
        return "?" + x;
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c >= 32 && c < 127) {
                sb.append(c);
            } else {
                int cp = s.codePointAt(i);
                if (cp > 0xffff) {
                    i++;
                    sb.append(String.format("\\U%08x", cp));
                } else if (cp < 256) {
                    sb.append(String.format("\\x%02x", cp));
                } else {
                    sb.append(String.format("\\u%04x", cp));
                }
            }
        }
        return sb.toString();
    }

    /** Runs {@code f} and encodes its result or its NumericError. */
    static String javaResult(Function<Object[], Object> f, Object[] args) {
        try {
            return enc(f.apply(args));
        } catch (NumericError e) {
            return "!" + e.kind + ": " + e.getMessage();
        }
    }

    /** Compares Java and CPython over all cases; fails listing the first differences. */
    static void compare(String lambda, List<Object[]> cases, Function<Object[], Object> f) {
        compare(lambda, cases, f, 0.0);
    }

    /**
     * As {@link #compare(String, List, Function)}, but floats (alone or in tuples) may differ by
     * {@code relTolerance} relative: for results that depend on the C library's transcendental
     * functions, which are not bit-for-bit those of Java.
     */
    static void compare(String lambda, List<Object[]> cases, Function<Object[], Object> f, double relTolerance) {
        assumePython();
        List<String> tuples = new ArrayList<>();
        for (Object[] c : cases) {
            tuples.add(tuple(c));
        }
        List<String> expected = python(lambda, tuples);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String actual;
            try {
                actual = javaResult(f, cases.get(i));
            } catch (RuntimeException e) {
                actual = "JAVA " + e;
            }
            if (!expected.get(i).equals(actual) && !(relTolerance > 0 && close(expected.get(i), actual, relTolerance))) {
                failures.add(tuples.get(i) + "\n    python: " + expected.get(i) + "\n    java:   " + actual);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases.size() + " cases differ from CPython for " + lambda + ":\n"
                            + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
        }
        assertEquals(cases.size(), expected.size());
    }

    private static boolean close(String expected, String actual, double tol) {
        String[] e = expected.replaceAll("[()]", "").split(";");
        String[] a = actual.replaceAll("[()]", "").split(";");
        if (e.length != a.length) {
            return false;
        }
        for (int k = 0; k < e.length; k++) {
            if (!e[k].startsWith("f") || !a[k].startsWith("f")) {
                return false;
            }
            double x = FloatHex.fromHex(e[k].substring(1));
            double y = FloatHex.fromHex(a[k].substring(1));
            if (!(x == y || (Double.isNaN(x) && Double.isNaN(y)) || Math.abs(x - y) <= tol * Math.max(Math.abs(x), Math.abs(y)))) {
                return false;
            }
        }
        return true;
    }

    static String tuple(Object[] args) {
        StringBuilder sb = new StringBuilder("(");
        for (Object a : args) {
            sb.append(literal(a)).append(", ");
        }
        return sb.append(")").toString();
    }

    static String literal(Object a) {
        if (a instanceof Long || a instanceof BigInteger || a instanceof Integer) {
            return a.toString();
        }
        if (a instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (a instanceof Double d) {
            if (Double.isNaN(d)) {
                return "float('nan')";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "float('inf')" : "float('-inf')";
            }
            return "float.fromhex('" + Double.toHexString(d) + "')";
        }
        if (a instanceof String s) {
            StringBuilder sb = new StringBuilder("'");
            s.codePoints().forEach(cp -> sb.append(String.format("\\U%08x", cp)));
            return sb.append("'").toString();
        }
        if (a instanceof byte[] bs) {
            StringBuilder sb = new StringBuilder("bytes([");
            for (byte b : bs) {
                sb.append(b & 0xff).append(',');
            }
            return sb.append("])").toString();
        }
        if (a == null) {
            return "None";
        }
        throw new IllegalArgumentException(a.getClass().toString());
    }

    // ---- generators ----------------------------------------------------------------------

    /** Interesting ints: small, near the long boundaries, powers of two, huge; both signs. */
    static List<Object> ints(Random rnd, int randomCount) {
        List<Object> r = new ArrayList<>();
        long[] fixed = {0, 1, -1, 2, -2, 3, 7, -7, 10, 255, 256, -256, 1L << 31, 1L << 32, (1L << 53) + 1,
                        Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1, 3037000499L, 3037000500L,
                        IntOps.HASH_MODULUS, IntOps.HASH_MODULUS + 1, -IntOps.HASH_MODULUS};
        for (long v : fixed) {
            r.add(v);
        }
        BigInteger two63 = BigInteger.ONE.shiftLeft(63);
        r.add(two63);
        r.add(two63.negate().subtract(BigInteger.ONE));
        r.add(two63.shiftLeft(1));
        r.add(BigInteger.TEN.pow(30));
        r.add(BigInteger.TEN.pow(30).negate());
        r.add(BigInteger.ONE.shiftLeft(200).subtract(BigInteger.ONE));
        for (int i = 0; i < randomCount; i++) {
            switch (rnd.nextInt(4)) {
                case 0 -> r.add((long) rnd.nextInt(2001) - 1000);
                case 1 -> r.add(rnd.nextLong() >> rnd.nextInt(64));
                case 2 -> r.add(IntOps.normalize(new BigInteger(64 + rnd.nextInt(200), rnd).multiply(BigInteger.valueOf(rnd.nextBoolean() ? 1 : -1))));
                default -> r.add(IntOps.normalize(new BigInteger(rnd.nextInt(70), rnd).multiply(BigInteger.valueOf(rnd.nextBoolean() ? 1 : -1))));
            }
        }
        return r;
    }

    /** Interesting doubles: signed zeros, infinities, NaN, halfway cases, boundaries, random bits. */
    static List<Double> doubles(Random rnd, int randomCount) {
        List<Double> r = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 2.675, 0.125, 0.1, 0.2, 0.3,
                        1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001234, 123456789.0, 1e22, 1e23, 1e300, -1e300,
                        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
                        0x1p63, -0x1p63, 0x1p53 + 2, 0x1p64, 3.0, -3.0, 7.0, 1e100, 5e-324, 1e-323, 2.5e-323,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0.7, 1.0 / 3, 2.0 / 3, 100.0, 1234.5678,
                        -1234.5, 12345678901234567890.0, 0.05, 0.15, 0.25, 0.35, 5.5, 6.5, -0.05, 1e-7, 4.35, 1.005));
        for (int i = 0; i < randomCount; i++) {
            switch (rnd.nextInt(5)) {
                case 0 -> r.add(Double.longBitsToDouble(rnd.nextLong()));
                case 1 -> r.add((rnd.nextInt(20001) - 10000) / 8.0);
                case 2 -> r.add(rnd.nextGaussian() * Math.pow(10, rnd.nextInt(40) - 20));
                case 3 -> r.add((double) (rnd.nextInt(2001) - 1000));
                default -> r.add(Math.round(rnd.nextGaussian() * 1e6) / 1000.0);
            }
        }
        r.removeIf(d -> d.isNaN() && Double.doubleToRawLongBits(d) != Double.doubleToRawLongBits(Double.NaN));
        return r;
    }
}
