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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * pyt's parser must accept exactly the files of CPython's Lib/ (tests included) that CPython's
 * {@code compile(source, path, 'exec')} accepts, build the same AST for them (compared through
 * {@link AstDump} and {@code ast_dump.py}; node positions too, for every 8th file), and reject the
 * others with CPython's message on CPython's line. CPython's answers come from one python3 process running
 * {@code lib_verdicts.py}; the test is skipped when python3 is not installed.
 */
class LibVerdictTest {

    private record Verdict(String path, boolean ok, String astHash, String positionsHash, int line, String message) {
    }

    /** CPython errors that scope analysis (in the compiler package, not the parser) reports. */
    static boolean isScopeError(String message) {
        return message != null && (message.contains("global") || message.contains("nonlocal"));
    }

    /** pyt's result for one file: the tree's hashes or the error. */
    private record Ours(String astHash, String positionsHash, PythonSyntaxError error, String crash, long nanos) {
    }

    private static Ours parse(Path path) {
        String src;
        try {
            src = Files.readString(path);
        } catch (IOException e) {
            return new Ours(null, null, null, "unreadable: " + e, 0);
        }
        try {
            long t0 = System.nanoTime();
            pyt.parser.ast.Module m = Parser.parseModule(src, path.toString());
            long nanos = System.nanoTime() - t0;
            return new Ours(md5(AstDump.dump(m)), md5(AstDump.positions(m, src)), null, null, nanos);
        } catch (PythonSyntaxError e) {
            return new Ours(null, null, e, null, 0);
        } catch (RuntimeException | StackOverflowError e) {
            return new Ours(null, null, null, "CRASH " + e, 0);
        }
    }

    /**
     * Runs lib_verdicts.py and, while CPython works, parses the same files with pyt on the
     * other cores (the first line of its output names the directory).
     */
    private static List<Verdict> cpythonVerdicts(int[] skipped, Map<String, CompletableFuture<Ours>> ours) throws Exception {
        Path dir = Files.createTempDirectory("pyt-lib-verdicts");
        for (String name : List.of("lib_verdicts.py", "ast_dump.py")) {
            try (InputStream in = LibVerdictTest.class.getResourceAsStream(name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        Process p;
        try {
            p = new ProcessBuilder("python3", dir.resolve("lib_verdicts.py").toString()).redirectError(
                            ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not available: " + e.getMessage());
            return null;
        }
        List<Verdict> verdicts = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                String[] f = line.split("\t", 4);
                switch (f[1]) {
                    case "SKIP" -> skipped[0]++;
                    case "OK" -> verdicts.add(new Verdict(f[0], true, f[2], f[3], 0, null));
                    case "ERR" -> verdicts.add(new Verdict(f[0], false, null, null, Integer.parseInt(f[2]), f[3]));
                    default -> startParsing(Path.of(f[1]), ours);
                }
            }
        }
        p.waitFor(120, TimeUnit.SECONDS);
        for (String name : List.of("lib_verdicts.py", "ast_dump.py")) {
            Files.deleteIfExists(dir.resolve(name));
        }
        Files.deleteIfExists(dir);
        return verdicts;
    }

    private static void startParsing(Path stdlib, Map<String, CompletableFuture<Ours>> ours) throws IOException {
        try (var files = Files.walk(stdlib)) {
            files.filter(f -> f.toString().endsWith(".py") && !f.toString().contains("site-packages")).forEach(
                            f -> ours.put(f.toString(), CompletableFuture.supplyAsync(() -> parse(f))));
        }
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void parserAgreesWithCPythonOnEveryLibFile() throws Exception {
        long t0 = System.nanoTime();
        int[] skipped = {0};
        Map<String, CompletableFuture<Ours>> ours = new ConcurrentHashMap<>();
        List<Verdict> verdicts = cpythonVerdicts(skipped, ours);
        assumeTrue(verdicts != null && !verdicts.isEmpty(), "python3 produced no verdicts");

        List<String> mismatches = new ArrayList<>();
        List<String> scopeOnly = new ArrayList<>();
        List<String> otherDiffs = new ArrayList<>();
        long parseNanos = 0;
        for (Verdict v : verdicts) {
            CompletableFuture<Ours> future = ours.get(v.path);
            Ours o = future != null ? future.get() : parse(Path.of(v.path));
            parseNanos += o.nanos;
            PythonSyntaxError err = o.error;
            if (o.crash != null) {
                mismatches.add(v.path + ": " + o.crash);
            } else if (v.ok && err != null) {
                mismatches.add(v.path + ": CPython accepts, pyt rejects (line " + err.line() + ": " + err.getMessage() + ")");
            } else if (!v.ok && err == null) {
                (isScopeError(v.message) ? scopeOnly : mismatches).add(v.path + ": CPython rejects (line " + v.line + ": "
                                + v.message + "), pyt accepts");
            } else if (!v.ok) {
                if (v.line != err.line() || !v.message.equals(err.getMessage())) {
                    otherDiffs.add(v.path + ": CPython line " + v.line + ": " + v.message + " / pyt line " + err.line() + ": "
                                    + err.getMessage());
                }
            } else if (!o.astHash.equals(v.astHash)) {
                otherDiffs.add(v.path + ": the AST differs from CPython's (compare ParseTool and ast_dump.py output)");
            } else if (!v.positionsHash.equals("-") && !o.positionsHash.equals(v.positionsHash)) {
                otherDiffs.add(v.path + ": node positions differ from CPython's (compare AstDump.positions and "
                                + "ast_dump.positions)");
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("LibVerdictTest: %d files compared, %d skipped (not UTF-8), %d verdict mismatches, %d "
                        + "AST/message differences, %d awaiting global/nonlocal checks; %d ms (parsing alone %d ms "
                        + "in total)%n", verdicts.size(), skipped[0], mismatches.size(), otherDiffs.size(), scopeOnly.size(), ms,
                        parseNanos / 1_000_000);
        scopeOnly.forEach(s -> System.out.println("  awaiting scope analysis: " + s));
        List<String> all = new ArrayList<>(mismatches);
        all.addAll(otherDiffs);
        if (!all.isEmpty()) {
            Collections.sort(all);
            fail(all.size() + " files differ from CPython:\n" + String.join("\n", all.subList(0, Math.min(30, all.size()))));
        }
    }
}
