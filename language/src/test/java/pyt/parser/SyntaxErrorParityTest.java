package pyt.parser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Broken (and some valid) programs must get CPython's verdict: the same exception type, message
 * and line. The expected answers are CPython's own, computed by {@code syntax_verdicts.py} when
 * the test runs; skipped without python3. Columns are compared too but only counted, since
 * CPython's own columns are not always meaningful.
 */
class SyntaxErrorParityTest {

    /** Cases where pyt knowingly answers differently, with the reason. */
    private static final Map<String, String> KNOWN = Map.of(
                    "\u2ffc", "Java's Unicode 16 assigns U+2FFC, CPython 3.11's Unicode 14 does not",
                    "a {b c}", "a quirk of CPython's memoization; the usual forms (x = {b c}, f(a b)) agree");

    @Test
    void handWrittenCases() throws Exception {
        check("syntax_cases.txt", "exec");
    }

    @Test
    void casesMinedFromCPythonTests() throws Exception {
        check("syntax_cases_mined.txt", "exec");
    }

    @Test
    void singleMode() throws Exception {
        check("syntax_cases_single.txt", "single");
        check("syntax_cases.txt", "single");
    }

    @Test
    void evalMode() throws Exception {
        check("syntax_cases_eval.txt", "eval");
    }

    private static String[] cpython(Path dir, String caseFile, String mode) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("python3", dir.resolve("syntax_verdicts.py").toString(), dir.resolve(caseFile).toString(),
                            mode).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not available: " + e.getMessage());
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        return out.split("\n");
    }

    private static Path extract(String... names) throws IOException {
        Path dir = Files.createTempDirectory("pyt-syntax-cases");
        dir.toFile().deleteOnExit();
        for (String name : names) {
            try (InputStream in = SyntaxErrorParityTest.class.getResourceAsStream(name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
            dir.resolve(name).toFile().deleteOnExit();
        }
        return dir;
    }

    private static void check(String caseFile, String mode) throws Exception {
        Path dir = extract("syntax_verdicts.py", caseFile);
        String[] cases = Files.readString(dir.resolve(caseFile)).split("\n====\n", -1);
        String[] expected = cpython(dir, caseFile, mode);
        List<String> mismatches = new ArrayList<>();
        int columns = 0;
        for (int i = 0; i < cases.length; i++) {
            String[] e = expected[i].split("\t", 5);
            String src = cases[i];
            String ours;
            int column = 0;
            try {
                switch (mode) {
                    case "eval" -> Parser.parseExpression(src, "f");
                    case "single" -> Parser.parseInteractive(src, "f");
                    default -> Parser.parseModule(src, "f");
                }
                ours = "OK";
            } catch (PythonSyntaxError err) {
                ours = err.kind() + "\t" + err.line() + "\t" + err.getMessage();
                column = err.column();
            } catch (RuntimeException | StackOverflowError err) {
                ours = "CRASH " + err;
            }
            String theirs = e[1].equals("OK") ? "OK" : e[1] + "\t" + e[2] + "\t" + e[4];
            boolean scope = e.length > 4 && LibVerdictTest.isScopeError(e[4]);
            if (e[1].equals("RecursionError") || e[1].equals("MemoryError") || scope || KNOWN.containsKey(src)) {
                continue;
            }
            if (!theirs.equals(ours)) {
                mismatches.add("case " + i + " " + abbreviate(src) + "\n    CPython: " + theirs + "\n    pyt:     " + ours);
            } else if (!ours.equals("OK") && column != Integer.parseInt(e[3])) {
                columns++;
            }
        }
        System.out.printf("SyntaxErrorParityTest %s (%s): %d cases, %d differ, %d differ only in column%n", caseFile, mode,
                        cases.length, mismatches.size(), columns);
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " cases differ from CPython:\n" + String.join("\n",
                            mismatches.subList(0, Math.min(30, mismatches.size()))));
        }
    }

    private static String abbreviate(String s) {
        String t = s.replace("\n", "\\n");
        return t.length() > 80 ? t.substring(0, 77) + "..." : t;
    }
}
