package pyt.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import pyt.launcher.ProgramRunner;

/**
 * The shared conformance suite (tests/cases), run in-process through {@link ProgramRunner}.
 *
 * <p>Each case {@code cases/AREA/NAME.py} has {@code NAME.out} (exact expected stdout) and, when
 * CPython exits non-zero, {@code NAME.err}: {@code exit: N}, the last non-empty stderr line, and for
 * {@code syntax_errors/} a {@code line: N} line. Expectations come only from {@code tests/regen.py}.
 *
 * <p>Comparison: stdout exactly; the exit status; for a non-zero expected exit the last non-empty
 * stderr line (for {@code syntax_errors/}: only the exception type before ':' and the line number of
 * the last {@code File "...", line N} in the traceback).
 *
 * <p>System properties: {@code pyt.tests.cases} (cases directory), {@code pyt.tests.filter}
 * (substring of area/name), {@code pyt.tests.timeout} (seconds per case, default 20),
 * {@code pyt.tests.compiledAreas} (comma-separated areas for {@link #compiledSubset()}),
 * {@code pyt.tests.compiledPerArea} (cases per area in the compiled subset, default 6).
 */
public class ConformanceTest {

    private static final Pattern FILE_LINE = Pattern.compile("^\\s*File \"[^\"]*\", line (\\d+)", Pattern.MULTILINE);

    private static final List<String> DEFAULT_COMPILED_AREAS = List.of(
            "arith", "functions", "loops", "closures", "recursion", "collections", "strings");

    @TestFactory
    Stream<DynamicTest> conformance() {
        Map<String, String> options = new LinkedHashMap<>();
        return findCases(filter()).entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> runTagged(e.getKey(), e.getKey(), e.getValue(), options)));
    }

    /** A representative subset run with immediate, synchronous compilation that throws on failure. */
    @TestFactory
    Stream<DynamicTest> compiledSubset() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("engine.CompileImmediately", "true");
        options.put("engine.BackgroundCompilation", "false");
        options.put("engine.CompilationFailureAction", "Throw");
        String areasProp = System.getProperty("pyt.tests.compiledAreas");
        List<String> areas = areasProp == null || areasProp.isBlank() ? DEFAULT_COMPILED_AREAS
                : Arrays.stream(areasProp.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
        int perArea = Integer.getInteger("pyt.tests.compiledPerArea", 6);
        Map<String, Path> all = findCases(filter());
        List<DynamicTest> tests = new ArrayList<>();
        for (String area : areas) {
            int n = 0;
            for (Map.Entry<String, Path> e : all.entrySet()) {
                if (n >= perArea) {
                    break;
                }
                if (e.getKey().startsWith(area + "/")) {
                    n++;
                    String name = e.getKey();
                    Path file = e.getValue();
                    tests.add(DynamicTest.dynamicTest(name + " [compiled]", () -> runTagged(name + " [compiled]", name, file, options)));
                }
            }
        }
        return tests.stream();
    }

    // ---------------------------------------------------------------- discovery

    private static String filter() {
        String f = System.getProperty("pyt.tests.filter");
        return f == null || f.isEmpty() ? null : f;
    }

    static Path casesDir() {
        String prop = System.getProperty("pyt.tests.cases");
        List<Path> candidates = new ArrayList<>();
        if (prop != null && !prop.isEmpty()) {
            candidates.add(Paths.get(prop));
        }
        candidates.add(Paths.get("cases"));          // Maven: cwd = tests/
        candidates.add(Paths.get("tests", "cases")); // run from the repository root
        for (Path p : candidates) {
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("cannot find the conformance cases directory (tried " + candidates
                + " from " + Paths.get("").toAbsolutePath() + "); set -Dpyt.tests.cases=...");
    }

    /** area/name -> absolute path of the .py file, sorted by name. */
    static Map<String, Path> findCases(String filter) {
        Path root = casesDir();
        Map<String, Path> result = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p)).forEach(p -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                rel = rel.substring(0, rel.length() - 3);
                if (filter == null || rel.contains(filter)) {
                    result.put(rel, p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result.isEmpty()) {
            throw new IllegalStateException("no conformance cases found under " + root
                    + (filter == null ? "" : " matching '" + filter + "'"));
        }
        return result;
    }

    // ---------------------------------------------------------------- known failures

    /**
     * Cases pyt does not pass yet, one {@code area/name} (or {@code area/name [compiled]}) per line
     * in {@code tests/known-failures.txt}
     * (regenerated by {@code tests/retag.sh}). Such a case still runs: a failure is reported as
     * skipped, and a pass fails the test so that the list only ever shrinks by an edit in review.
     */
    private static final Set<String> KNOWN_FAILURES = readKnownFailures();

    private static Set<String> readKnownFailures() {
        Path file = casesDir().getParent().resolve("known-failures.txt");
        Set<String> result = new HashSet<>();
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#")) {
                        result.add(t);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    /** Every failing case is also listed in {@code target/conformance-failures.txt}, for retagging. */
    private static synchronized void recordFailure(String name) {
        Path file = Paths.get("target", "conformance-failures.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, name + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code tag} is the case name, with " [compiled]" for the compiled run. */
    private static void runTagged(String tag, String name, Path py, Map<String, String> options) throws Exception {
        boolean known = KNOWN_FAILURES.contains(tag);
        try {
            runCase(name, py, options);
        } catch (AssertionError e) {
            recordFailure(tag);
            if (known) {
                Assumptions.abort("known failure (tests/known-failures.txt): " + e.getMessage());
            }
            throw e;
        }
        if (known) {
            fail(tag + " passes now: remove it from tests/known-failures.txt (or run tests/retag.sh)");
        }
    }

    // ---------------------------------------------------------------- running one case

    private static final class Expected {
        byte[] stdout;
        int exit;
        String errLine;
        String lineNo;
    }

    private static Expected readExpected(Path py) throws IOException {
        String base = py.toString().substring(0, py.toString().length() - 3);
        Path out = Paths.get(base + ".out");
        Path err = Paths.get(base + ".err");
        if (!Files.exists(out)) {
            fail("no expectation " + out + " (run tests/regen.py)");
        }
        Expected e = new Expected();
        e.stdout = Files.readAllBytes(out);
        if (Files.exists(err)) {
            String[] lines = new String(Files.readAllBytes(err), StandardCharsets.UTF_8).split("\n", -1);
            e.exit = Integer.parseInt(lines[0].substring(lines[0].indexOf(':') + 1).trim());
            e.errLine = lines.length > 1 ? lines[1] : "";
            for (int i = 2; i < lines.length; i++) {
                if (lines[i].startsWith("line:")) {
                    e.lineNo = lines[i].substring(5).trim();
                }
            }
        }
        return e;
    }

    private static void runCase(String name, Path py, Map<String, String> options) throws Exception {
        Expected exp = readExpected(py);
        long timeout = Long.getLong("pyt.tests.timeout", 20L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = assertTimeoutPreemptively(Duration.ofSeconds(timeout),
                () -> ProgramRunner.run(py, List.of(), new ByteArrayInputStream(new byte[0]), out, err, options),
                () -> name + ": timed out after " + timeout + " s; stdout so far:\n" + tail(out.toString(StandardCharsets.UTF_8), 20)
                        + "\nstderr so far:\n" + tail(err.toString(StandardCharsets.UTF_8), 20));
        byte[] actualOut = out.toByteArray();
        String stderr = err.toString(StandardCharsets.UTF_8);

        List<String> problems = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        if (!Arrays.equals(exp.stdout, actualOut)) {
            problems.add("stdout differs");
            details.append(describeDiff(new String(exp.stdout, StandardCharsets.UTF_8),
                    new String(actualOut, StandardCharsets.UTF_8)));
        }
        if (status != exp.exit) {
            problems.add("exit status " + status + ", expected " + exp.exit);
        }
        if (exp.exit != 0) {
            String got = lastNonEmptyLine(stderr);
            if (name.startsWith("syntax_errors/")) {
                if (!excType(got).equals(excType(exp.errLine))) {
                    problems.add("error '" + got + "', expected type '" + excType(exp.errLine) + "' (CPython: '" + exp.errLine + "')");
                }
                String gotLine = tracebackLine(stderr);
                if (exp.lineNo != null && !exp.lineNo.equals("None") && !exp.lineNo.equals(gotLine)) {
                    problems.add("error reported at line " + gotLine + ", expected line " + exp.lineNo);
                }
            } else if (!got.equals(exp.errLine)) {
                problems.add("last stderr line\n    actual:   '" + got + "'\n    expected: '" + exp.errLine + "'");
            }
        }
        if (!problems.isEmpty()) {
            if (!stderr.isBlank()) {
                details.append("--- stderr (tail) ---\n").append(tail(stderr, 25)).append('\n');
            }
            fail(name + ": " + String.join("; ", problems) + "\n" + details);
        }
    }

    // ---------------------------------------------------------------- helpers

    static String lastNonEmptyLine(String text) {
        String[] lines = text.split("\\r?\\n|\\r");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return stripTrailing(lines[i]);
            }
        }
        return "";
    }

    private static String stripTrailing(String s) {
        return s.replaceAll("\\s+$", "");
    }

    static String excType(String line) {
        int i = line.indexOf(':');
        return (i < 0 ? line : line.substring(0, i)).trim();
    }

    static String tracebackLine(String stderr) {
        Matcher m = FILE_LINE.matcher(stderr);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    private static String tail(String s, int maxLines) {
        List<String> lines = Arrays.asList(s.split("\n", -1));
        if (lines.size() <= maxLines) {
            return s;
        }
        return "...\n" + String.join("\n", lines.subList(lines.size() - maxLines, lines.size()));
    }

    /** The first differing line with a little context, plus both outputs (truncated). */
    static String describeDiff(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("first difference at stdout line ").append(i + 1).append(":\n");
        sb.append("    expected: ").append(i < e.length ? quote(e[i]) : "<end of output>").append('\n');
        sb.append("    actual:   ").append(i < a.length ? quote(a[i]) : "<end of output>").append('\n');
        sb.append("--- expected stdout ---\n").append(truncate(expected, 40)).append('\n');
        sb.append("--- actual stdout ---\n").append(truncate(actual, 40)).append('\n');
        return sb.toString();
    }

    private static String quote(String s) {
        return "'" + s.replace("\r", "\\r").replace("\t", "\\t") + "'";
    }

    private static String truncate(String s, int maxLines) {
        String[] lines = s.split("\n", -1);
        if (lines.length <= maxLines) {
            return s;
        }
        return String.join("\n", Arrays.copyOfRange(lines, 0, maxLines)) + "\n... (" + (lines.length - maxLines) + " more lines)";
    }
}
