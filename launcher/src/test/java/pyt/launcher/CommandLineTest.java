package pyt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What {@code sys.argv} and the polyglot options become for CPython-style command lines. */
class CommandLineTest {
    private static PytMain parse(List<String> unrecognized, String... args) {
        PytMain main = new PytMain();
        List<String> rest = main.preprocessArguments(List.of(args), new HashMap<>());
        unrecognized.addAll(rest);
        return main;
    }

    @Test
    void fileArgumentsBelongToTheProgram() {
        List<String> polyglot = new java.util.ArrayList<>();
        PytMain main = parse(polyglot, "--engine.Compilation=false", "prog.py", "-c", "--engine.X", "x");
        assertEquals(List.of("prog.py", "-c", "--engine.X", "x"), main.programArguments());
        assertEquals(List.of("--experimental-options", "--engine.Compilation=false"), polyglot);
    }

    @Test
    void commandAndModule() {
        assertEquals(List.of("-c", "a", "b"), parse(new java.util.ArrayList<>(), "-c", "print(1)", "a", "b").programArguments());
        assertEquals(List.of("-c", "a"), parse(new java.util.ArrayList<>(), "-Bc", "print(1)", "a").programArguments());
        assertEquals(List.of("-c"), parse(new java.util.ArrayList<>(), "-cprint(1)").programArguments());
        assertEquals(List.of("mod", "x"), parse(new java.util.ArrayList<>(), "-m", "mod", "x").programArguments());
        assertEquals(List.of("-", "x"), parse(new java.util.ArrayList<>(), "-u", "-", "x").programArguments());
        assertEquals(List.of("-x.py"), parse(new java.util.ArrayList<>(), "--", "-x.py").programArguments());
    }

    @Test
    void helpGoesToLauncherCommon() {
        List<String> polyglot = new java.util.ArrayList<>();
        parse(polyglot, "-h");
        assertEquals(List.of("--experimental-options", "--help"), polyglot);
    }
}
