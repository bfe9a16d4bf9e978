package pyt.nodes.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The operators (arithmetic, comparison, identity, containment, unary, in-place) and the
 * special methods of the number types: each program of {@code src/test/resources/pyt/nodes/expression}
 * runs on pyt and on {@code python3}, and both must print the same. Skipped without python3.
 */
public class OperatorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"arithmetic", "comparisons", "special_methods", "number_methods", "polymorphic_sites",
                    "complex_bytes_format"})
    public void sameOutputAsCPython(String program) throws IOException {
        String code;
        try (InputStream in = OperatorsTest.class.getResourceAsStream(program + ".py")) {
            code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(runCPython(code), runPyt(code), program);
    }

    private static String runPyt(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("pyt").out(out).option("engine.WarnInterpreterOnly", "false").build()) {
            context.eval(Source.newBuilder("pyt", code, "test.py").buildLiteral());
        } catch (PolyglotException e) {
            out.writeBytes(("<uncaught " + e.getMessage() + ">\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** CPython's standard output (its SyntaxWarnings for {@code is} on literals go to stderr). */
    private static String runCPython(String code) {
        try {
            Path file = Files.createTempFile("pyt-operators", ".py");
            try {
                Files.writeString(file, code);
                Process p = new ProcessBuilder("python3", file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
}
