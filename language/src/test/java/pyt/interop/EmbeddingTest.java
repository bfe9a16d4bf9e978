package pyt.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java side of embedding: creating contexts, evaluating strings and files, the bindings of
 * {@code __main__}, calling Python functions and classes with Java arguments, and Python
 * exceptions as {@link PolyglotException}s.
 */
public class EmbeddingTest {

    static Context.Builder builder() {
        return Context.newBuilder("pyt").option("engine.WarnInterpreterOnly", "false");
    }

    @Test
    public void createAndEval() {
        try (Context context = Context.newBuilder("pyt").option("engine.WarnInterpreterOnly", "false").build()) {
            assertEquals(3, context.eval("pyt", "1 + 2").asInt());
            assertEquals("ab", context.eval("pyt", "'a' + 'b'").asString());
            assertTrue(context.eval("pyt", "None").isNull());
        }
        System.setProperty("polyglot.engine.WarnInterpreterOnly", "false");
        try (Context context = Context.create("pyt")) {
            assertEquals(42, context.eval("pyt", "6 * 7").asInt());
        }
    }

    @Test
    public void evalSourceFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("greet.py");
        Files.writeString(file, "def greet(name):\n    return 'Hello, ' + name\n\ngreet('file')\n");
        try (Context context = builder().build()) {
            Value result = context.eval(Source.newBuilder("pyt", file.toFile()).build());
            assertEquals("Hello, file", result.asString());
            assertEquals("Hello, Java", context.getBindings("pyt").getMember("greet").execute("Java").asString());
        }
    }

    @Test
    public void bindingsShowAndDefineGlobals() {
        try (Context context = builder().build()) {
            Value bindings = context.getBindings("pyt");
            context.eval("pyt", "x = 10\ndef double(v): return v * 2\n");
            assertTrue(bindings.hasMember("x"));
            assertEquals(10, bindings.getMember("x").asInt());
            assertTrue(bindings.getMemberKeys().containsAll(List.of("x", "double")));
            bindings.putMember("y", 32);
            bindings.putMember("name", "pyt");
            assertEquals(42, context.eval("pyt", "x + y").asInt());
            assertEquals("PYT", context.eval("pyt", "name.upper()").asString());
            assertTrue(bindings.removeMember("y"));
            assertFalse(bindings.hasMember("y"));
            assertNullish(bindings.getMember("nothing"));
        }
    }

    private static void assertNullish(Value v) {
        assertTrue(v == null || v.isNull());
    }

    @Test
    public void callPythonFunctionsWithJavaArguments() {
        try (Context context = builder().allowHostAccess(org.graalvm.polyglot.HostAccess.ALL).build()) {
            context.eval("pyt", """
                def describe(n, f, s, b, items, none=None):
                    return f"{n + 1}|{f * 2}|{s.upper()}|{not b}|{len(items)}:{items[0]}|{none}"
                def total(values):
                    return sum(values)
                """);
            Value describe = context.getBindings("pyt").getMember("describe");
            assertTrue(describe.canExecute());
            assertEquals("42|3.0|HI|False|2:1|None", describe.execute(41, 1.5f, "hi", true, new int[]{1, 2}, null).asString());
            Value total = context.getBindings("pyt").getMember("total");
            assertEquals(6, total.execute(List.of(1, 2, 3)).asInt());
            assertEquals(10, total.execute((Object) new Integer[]{1, 2, 3, 4}).asInt());
            assertEquals(3000000000L, total.execute(List.of(1000000000, 2000000000L)).asLong());
        }
    }

    @Test
    public void classesInstancesAndMembers() {
        try (Context context = builder().build()) {
            context.eval("pyt", """
                class Point:
                    scale = 1
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                    def norm2(self):
                        return (self.x * self.x + self.y * self.y) * self.scale
                    def moved(self, dx, dy):
                        return Point(self.x + dx, self.y + dy)
                    def __repr__(self):
                        return f"Point({self.x}, {self.y})"
                """);
            Value pointClass = context.getBindings("pyt").getMember("Point");
            assertTrue(pointClass.canInstantiate());
            Value p = pointClass.newInstance(3, 4);
            assertEquals(25, p.invokeMember("norm2").asInt());
            assertEquals(3, p.getMember("x").asInt());
            p.putMember("x", 6);
            assertEquals(6, context.eval("pyt", "lambda p: p.x").execute(p).asInt());
            p.putMember("label", "corner");
            assertEquals("corner", p.getMember("label").asString());
            assertTrue(p.getMemberKeys().containsAll(List.of("x", "y", "label", "norm2", "moved")));
            assertTrue(p.canInvokeMember("moved"));
            assertEquals("Point(7, 5)", p.invokeMember("moved", 1, 1).toString());
            assertEquals("Point", p.getMetaObject().getMetaSimpleName());
            assertEquals("__main__.Point", p.getMetaObject().getMetaQualifiedName());
            assertTrue(pointClass.isMetaInstance(p));
            Value method = p.getMember("norm2");
            assertTrue(method.canExecute());
            assertEquals(52, method.execute().asInt());
        }
    }

    @Test
    public void pythonExceptionReachesJava() {
        try (Context context = builder().build()) {
            Source source = Source.newBuilder("pyt", """
                def inner(d):
                    return 10 // d

                def outer():
                    return inner(0)

                outer()
                """, "failing.py").buildLiteral();
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(source));
            assertTrue(e.isGuestException());
            assertFalse(e.isSyntaxError());
            assertEquals("ZeroDivisionError: integer division or modulo by zero", e.getMessage());
            assertEquals("ZeroDivisionError", e.getGuestObject().getMetaObject().getMetaSimpleName());
            SourceSection location = e.getSourceLocation();
            assertNotNull(location);
            assertEquals("failing.py", location.getSource().getName());
            assertEquals(2, location.getStartLine());
            List<String> frames = new ArrayList<>();
            for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
                if (f.isGuestFrame() && f.getSourceLocation() != null) {
                    frames.add(f.getRootName() + ":" + f.getSourceLocation().getSource().getName() + ":" + f.getSourceLocation().getStartLine());
                }
            }
            assertEquals(List.of("inner:failing.py:2", "outer:failing.py:5", "<module>:failing.py:7"), frames.subList(0, 3));
        }
    }

    @Test
    public void errorRaisedByABuiltinOperation() {
        try (Context context = builder().build()) {
            Source source = Source.newBuilder("pyt", "def lookup(d):\n    x = 1\n    return d['missing']\n\nlookup({})\n", "lookup.py").buildLiteral();
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(source));
            assertEquals("KeyError: 'missing'", e.getMessage());
            assertEquals("KeyError", e.getGuestObject().getMetaObject().getMetaSimpleName());
            assertEquals(3, e.getSourceLocation().getStartLine());
            assertEquals("lookup", e.getPolyglotStackTrace().iterator().next().getRootName());
        }
    }

    @Test
    public void exceptionFromCalledFunction() {
        try (Context context = builder().build()) {
            Value divide = context.eval("pyt", "def divide(a, b):\n    return a / b\ndivide");
            PolyglotException e = assertThrows(PolyglotException.class, () -> divide.execute(1, 0));
            assertEquals("ZeroDivisionError: division by zero", e.getMessage());
            assertEquals(2, e.getSourceLocation().getStartLine());
            Value raised = context.eval("pyt", """
                def fail():
                    raise ValueError("bad value")
                try:
                    fail()
                except ValueError as caught:
                    err = caught
                err
                """);
            assertTrue(raised.isException());
            assertEquals("ValueError", raised.getMetaObject().getMetaSimpleName());
            PolyglotException rethrown = assertThrows(PolyglotException.class, raised::throwException);
            assertEquals("ValueError: bad value", rethrown.getMessage());
        }
    }

    @Test
    public void syntaxErrorHasItsLocation() {
        try (Context context = builder().build()) {
            Source source = Source.newBuilder("pyt", "x = 1\ny = (2 +\n", "broken.py").buildLiteral();
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(source));
            assertTrue(e.isSyntaxError());
            assertTrue(e.getMessage().startsWith("SyntaxError"), e.getMessage());
            assertNotNull(e.getSourceLocation());
            assertEquals("broken.py", e.getSourceLocation().getSource().getName());
            assertEquals(2, e.getSourceLocation().getStartLine());
        }
    }

    @Test
    public void printGoesToTheContextsOutput() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = builder().out(out).build()) {
            context.eval("pyt", "print('hello', [1, 2], {'a': None})");
        }
        assertEquals("hello [1, 2] {'a': None}\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void mapArgumentsAndResults() {
        try (Context context = builder().allowHostAccess(org.graalvm.polyglot.HostAccess.ALL).build()) {
            Value keys = context.eval("pyt", "lambda m: (sorted(m), m['a'], 'b' in m, len(m))");
            assertEquals("(['a', 'b'], 1, True, 2)", keys.execute(Map.of("a", 1, "b", 2)).toString());
        }
    }
}
