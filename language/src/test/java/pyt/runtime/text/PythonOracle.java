package pyt.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs Python expressions on the real CPython ({@code python3}) at test time and compares each
 * result with the Java implementation's, so the expectations cannot go stale. Values cross as
 * text: strings as hex code points, so that any character (non-BMP, controls, quotes) survives.
 * Tests are skipped when no {@code python3} is installed.
 */
final class PythonOracle {
    private static final String PRELUDE = """
                    import sys
                    def S(*cps): return ''.join(map(chr, cps))
                    def enc(v):
                        if isinstance(v, bool): return 'b:' + str(v)
                        if isinstance(v, int): return 'i:' + str(v)
                        if isinstance(v, str): return 's:' + ','.join('%x' % ord(c) for c in v)
                        if isinstance(v, (list, tuple)): return '[' + ';'.join(enc(x) for x in v) + ']'
                        if v is None: return 'None'
                        return 'o:' + repr(v)
                    def run(f):
                        try:
                            r = enc(f())
                        except Exception as e:
                            r = 'e:' + type(e).__name__ + ':' + enc(str(e))
                        print(r)
                    """;

    private final List<String> exprs = new ArrayList<>();
    private final List<Supplier<Object>> javas = new ArrayList<>();
    final Random random = new Random(20261111);

    /** Python literal for {@code s} that does not depend on any repr implementation. */
    static String py(String s) {
        StringBuilder sb = new StringBuilder("S(");
        s.codePoints().forEach(c -> sb.append("0x").append(Integer.toHexString(c)).append(','));
        return sb.append(')').toString();
    }

    static String pyArgs(Object... args) {
        StringBuilder sb = new StringBuilder();
        for (Object a : args) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            if (a instanceof String s) {
                sb.append(py(s));
            } else if (a == null) {
                sb.append("None");
            } else if (a instanceof Boolean b) {
                sb.append(b ? "True" : "False");
            } else if (a instanceof String[] arr) {
                sb.append('(');
                for (String s : arr) {
                    sb.append(py(s)).append(',');
                }
                sb.append(')');
            } else {
                sb.append(a);
            }
        }
        return sb.toString();
    }

    /** Adds a case: the Python expression and the Java computation that must agree with it. */
    void check(String pyExpr, Supplier<Object> java) {
        exprs.add(pyExpr);
        javas.add(java);
    }

    static String enc(Object v) {
        if (v instanceof Boolean b) {
            return "b:" + (b ? "True" : "False");
        }
        if (v instanceof Integer || v instanceof Long) {
            return "i:" + v;
        }
        if (v instanceof String s) {
            StringBuilder sb = new StringBuilder("s:");
            s.codePoints().forEach(c -> {
                if (sb.length() > 2) {
                    sb.append(',');
                }
                sb.append(Integer.toHexString(c));
            });
            return sb.toString();
        }
        if (v instanceof Object[] arr) {
            return enc(List.of(arr));
        }
        if (v instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : c) {
                if (sb.length() > 1) {
                    sb.append(';');
                }
                sb.append(enc(o));
            }
            return sb.append(']').toString();
        }
        if (v == null) {
            return "None";
        }
        return "o:" + v;
    }

    static String decode(String e) {
        if (!e.startsWith("s:")) {
            return e;
        }
        StringBuilder sb = new StringBuilder();
        for (String h : e.substring(2).split(",")) {
            if (!h.isEmpty()) {
                sb.appendCodePoint(Integer.parseInt(h, 16));
            }
        }
        return sb.toString();
    }

    /** Runs every case on python3 and asserts that all agree; reports all mismatches at once. */
    void verify() {
        List<String> expected = runPython();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < exprs.size(); i++) {
            String actual;
            try {
                actual = enc(javas.get(i).get());
            } catch (TextError e) {
                actual = "e:" + e.kind + ":" + enc(e.getMessage());
            } catch (RuntimeException e) {
                actual = "java:" + e;
            }
            if (!expected.get(i).equals(actual)) {
                failures.add(exprs.get(i) + "\n    python: " + show(expected.get(i)) + "\n    java:   " + show(actual));
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + exprs.size() + " cases differ from CPython:\n" +
                            String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
    }

    private static String show(String e) {
        int colon = e.lastIndexOf(":s:");
        if (e.startsWith("e:") && colon > 0) {
            return e.substring(0, colon + 1) + decode(e.substring(colon + 1));
        }
        return e.startsWith("s:") ? "'" + decode(e) + "'" : e;
    }

    private List<String> runPython() {
        StringBuilder sb = new StringBuilder(PRELUDE);
        for (String e : exprs) {
            sb.append("run(lambda: ").append(e).append(")\n");
        }
        List<String> lines = runScript(sb.toString());
        assertEquals(exprs.size(), lines.size(), "python3 output lines");
        return lines;
    }

    /** Runs a whole Python script and returns its output lines; skips the test without python3. */
    static List<String> runScript(String text) {
        Path script = null;
        try {
            script = Files.createTempFile("pyt-oracle", ".py");
            Files.writeString(script, text, StandardCharsets.UTF_8);
            Process p;
            try {
                ProcessBuilder pb = new ProcessBuilder("python3", script.toString()).redirectErrorStream(true);
                pb.environment().put("PYTHONIOENCODING", "utf-8");
                p = pb.start();
            } catch (IOException e) {
                Assumptions.abort("python3 is not available: " + e.getMessage());
                return null;
            }
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                fail("python3 failed:\n" + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            if (script != null) {
                try {
                    Files.deleteIfExists(script);
                } catch (IOException e) {
                    // best effort
                }
            }
        }
    }

    // ---- random inputs ----

    /** Characters that exercise the interesting paths: whitespace, line breaks, case rules, non-BMP. */
    static final String[] ALPHABET = {"a", "b", "c", "A", "B", "x", " ", " ", "1", "0", "-", "+", "\t", "\n", "\r",
                    "\u000b", "\u000c", "\u001c", "\u001f", "\u0085", "\u00a0", "\u2028", "\u3000", "\u00df", "\u0130",
                    "\u03a3", "\u03c2", "\u01c5", "\ufb01", "\ud83d\ude00", "\ud835\udc00", "\ud801\udc00",
                    "\ud801\udc28", "\u00e9", "\u0301", "'", "\"", "\\", "\u0000", "\u007f", "\u00ad", "\u00b2", "\u00bd",
                    "\u4e00", "_", "\u0149", "\u1f80", "\u0131", "\u13a0", "\uab70", "\u02b0", "\u0345", "\u2167",
                    "\ue000", "\uffff", "\u0660", ".", "ab", "ba"};

    String randomString(int maxLen) {
        return randomStringWith(random, maxLen);
    }

    String randomStringWith(Random r, int maxLen) {
        int n = r.nextInt(maxLen + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET[r.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** A substring of {@code s} (at code-point boundaries) or a random string. */
    String needle(String s) {
        if (s.isEmpty() || random.nextInt(4) == 0) {
            return randomString(2);
        }
        int[] cps = s.codePoints().toArray();
        int a = random.nextInt(cps.length);
        int b = a + random.nextInt(Math.min(3, cps.length - a) + 1);
        return new String(cps, a, b - a);
    }

    /** A start ({@code isStart}) or end argument: small, negative, or "not given". */
    long randomIndex(boolean isStart) {
        if (random.nextInt(8) == 0) {
            return isStart ? CodePoints.NO_START : CodePoints.NO_END;
        }
        return random.nextInt(21) - 10;
    }

    static String pyIndex(long i) {
        return i == CodePoints.NO_START || i == CodePoints.NO_END ? "None" : Long.toString(i);
    }
}
