package pyt.nodes.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The match-statement programs in {@code resources/match}: each runs on pyt and must print
 * exactly what CPython prints for it (python3 runs at test time; without it the tests are skipped).
 */
public class MatchTest {

    @TestFactory
    Stream<DynamicTest> matchPrograms() throws IOException, URISyntaxException {
        Path dir = Path.of(MatchTest.class.getResource("/match").toURI());
        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path program) throws IOException, InterruptedException {
        String expected = cpython(program);
        assertEquals(expected, pyt(program), program.getFileName().toString());
    }

    private static String pyt(Path program) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("pyt").out(out).err(out).option("engine.WarnInterpreterOnly", "false").build()) {
            context.eval(Source.newBuilder("pyt", program.toFile()).build());
        } catch (PolyglotException e) {
            out.writeBytes(("uncaught: " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String cpython(Path program) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", program.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 is not available");
            return null;
        }
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        String version = new String(new ProcessBuilder("python3", "-c", "import sys; print(sys.version_info >= (3, 11))").start()
                        .getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        Assumptions.assumeTrue(version.equals("True"), "python3 is older than 3.11");
        return new String(output, StandardCharsets.UTF_8);
    }
}
