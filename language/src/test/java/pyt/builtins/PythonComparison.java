package pyt.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a Python program on pyt (through the polyglot API, output captured) and on CPython's
 * {@code python3}, and asserts that both print the same. Tests are skipped without python3.
 */
final class PythonComparison {
    private PythonComparison() {
    }

    /** What pyt prints for {@code code}: stdout, then stderr, then an escaping exception's message. */
    static String runPyt(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("pyt").out(out).err(out).option("engine.WarnInterpreterOnly", "false").arguments("pyt", new String[]{"test.py"}).build()) {
            context.eval(Source.newBuilder("pyt", code, "test.py").buildLiteral());
        } catch (PolyglotException e) {
            out.writeBytes(("<uncaught " + e.getMessage() + ">\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What {@code python3} prints for {@code code} (stdout and stderr together). */
    static String runCPython(String code) {
        try {
            Path file = Files.createTempFile("pyt-builtins", ".py");
            try {
                Files.writeString(file, code);
                Process p = new ProcessBuilder("python3", file.toString()).redirectErrorStream(true).start();
                byte[] bytes = p.getInputStream().readAllBytes();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
                return new String(bytes, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            Assumptions.abort("python3 is not available: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static void assertSameOutput(String code) {
        String expected = runCPython(code);
        assertEquals(expected, runPyt(code));
    }
}
