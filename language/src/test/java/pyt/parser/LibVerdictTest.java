package pyt.parser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * pyt's parser must accept exactly the files of CPython's Lib/ (tests included) that CPython's
 * {@code compile(source, path, 'exec')} accepts. CPython's verdicts come from one python3
 * process running {@code lib_verdicts.py}; skipped when python3 is not installed.
 */
class LibVerdictTest {

    private record Verdict(String path, boolean ok, String message) {
    }

    /** CPython errors that scope analysis (not the parser) reports in pyt. */
    static boolean isScopeError(String message) {
        return message != null && (message.contains("global") || message.contains("nonlocal"));
    }

    @Test
    void parserAgreesWithCPythonOnEveryLibFile() throws Exception {
        List<Verdict> verdicts = new ArrayList<>();
        int skipped = 0;
        Process p;
        try {
            Path script = Files.createTempFile("lib_verdicts", ".py");
            try (InputStream in = LibVerdictTest.class.getResourceAsStream("/lib_verdicts.py")) {
                Files.write(script, in.readAllBytes());
            }
            script.toFile().deleteOnExit();
            p = new ProcessBuilder("python3", script.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not available: " + e.getMessage());
            return;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                String[] f = line.split("\t", 3);
                if (f[0].equals("STDLIB")) {
                    continue;
                }
                switch (f[1]) {
                    case "SKIP" -> skipped++;
                    case "OK" -> verdicts.add(new Verdict(f[0], true, null));
                    default -> verdicts.add(new Verdict(f[0], false, f.length > 2 ? f[2] : ""));
                }
            }
        }
        p.waitFor(120, TimeUnit.SECONDS);
        assumeTrue(!verdicts.isEmpty(), "python3 produced no verdicts");

        List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        List<String> scopeOnly = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        verdicts.parallelStream().forEach(v -> {
            String ours;
            boolean ok;
            try {
                Parser.parseModule(Files.readString(Path.of(v.path)), v.path);
                ok = true;
                ours = "accepted";
            } catch (PythonSyntaxError e) {
                ok = false;
                ours = "line " + e.line() + ": " + e.getMessage();
            } catch (IOException e) {
                ok = false;
                ours = "unreadable: " + e;
            } catch (RuntimeException | StackOverflowError e) {
                ok = false;
                ours = "CRASH " + e;
            }
            if (ok != v.ok) {
                String entry = v.path + ": CPython " + (v.ok ? "accepts" : "rejects (" + v.message + ")") + ", pyt " + ours;
                if (ok && isScopeError(v.message)) {
                    scopeOnly.add(entry);
                } else {
                    mismatches.add(entry);
                }
            }
        });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("LibVerdictTest: %d files compared, %d skipped (not UTF-8), %d mismatches, %d awaiting "
                        + "global/nonlocal checks, parsed in %d ms%n", verdicts.size(), skipped, mismatches.size(),
                        scopeOnly.size(), ms);
        scopeOnly.forEach(s -> System.out.println("  scope: " + s));
        if (!mismatches.isEmpty()) {
            Collections.sort(mismatches);
            fail(mismatches.size() + " verdicts differ from CPython:\n" + String.join("\n",
                            mismatches.subList(0, Math.min(30, mismatches.size()))));
        }
    }
}
