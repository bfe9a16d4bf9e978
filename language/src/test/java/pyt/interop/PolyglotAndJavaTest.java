package pyt.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Python reaching out: the {@code polyglot} module, and Java through the {@code java} module when the host allows it. */
public class PolyglotAndJavaTest {

    private static Context javaContext() {
        return EmbeddingTest.builder().allowHostAccess(HostAccess.ALL).allowHostClassLookup(name -> true).build();
    }

    private static String run(Context context, String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.eval("pyt", code);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Value eval(Context context, String code) {
        return context.eval("pyt", code);
    }

    @Test
    public void polyglotEvalImportExport() {
        try (Context context = EmbeddingTest.builder().allowPolyglotAccess(PolyglotAccess.ALL).build()) {
            assertEquals(6, eval(context, "import polyglot\npolyglot.eval(language='pyt', string='2 * 3')").asInt());
            context.getPolyglotBindings().putMember("fromJava", List.of(1, 2, 3));
            context.getPolyglotBindings().putMember("greeting", "hi");
            assertEquals("hi!", eval(context, "polyglot.import_value('greeting') + '!'").asString());
            assertTrue(eval(context, "polyglot.import_value('nothing') is None").asBoolean());
            eval(context, "def square(x):\n    return x * x\npolyglot.export_value(square, 'square')\npolyglot.export_value('answer', 42)");
            assertEquals(49, context.getPolyglotBindings().getMember("square").execute(7).asInt());
            assertEquals(42, context.getPolyglotBindings().getMember("answer").asInt());
            eval(context, "@polyglot.export_value\ndef cube(x):\n    return x ** 3\n");
            assertEquals(27, context.getPolyglotBindings().getMember("cube").execute(3).asInt());
            String err = eval(context, """
                try:
                    polyglot.eval(language='nolang', string='1')
                except ValueError as e:
                    msg = str(e)
                msg
                """).asString();
            assertTrue(err.contains("'nolang' is not available"), err);
        }
    }

    @Test
    public void polyglotBindingsNeedPermission() {
        try (Context context = EmbeddingTest.builder().build()) {
            String msg = eval(context, """
                import polyglot
                try:
                    polyglot.import_value('x')
                except PermissionError as e:
                    msg = str(e)
                msg
                """).asString();
            assertTrue(msg.contains("allowPolyglotAccess"), msg);
        }
    }

    @Test
    public void javaTypesStaticAndInstanceCalls() {
        try (Context context = javaContext()) {
            Value result = eval(context, """
                import java
                ArrayList = java.type('java.util.ArrayList')
                Math = java.type('java.lang.Math')
                Integer = java.type('java.lang.Integer')
                items = ArrayList()
                for word in ['pear', 'apple', 'fig']:
                    items.add(word)
                items.add(1, 'kiwi')
                (items.size(), len(items), items.get(0), list(items), Math.max(3, 9), Integer.MAX_VALUE, Integer.parseInt('123') + 1,
                 repr(ArrayList), java.instanceof(items, ArrayList), isinstance(items, ArrayList), java.is_object(items))
                """);
            assertEquals("(4, 4, 'pear', ['pear', 'kiwi', 'apple', 'fig'], 9, 2147483647, 124, '<foreign class java.util.ArrayList>', True, True, True)",
                            result.toString());
        }
    }

    @Test
    public void javaExceptionsAreCatchable() {
        try (Context context = javaContext()) {
            Value result = eval(context, """
                import java
                ArrayList = java.type('java.util.ArrayList')
                IndexOutOfBounds = java.type('java.lang.IndexOutOfBoundsException')
                NumberFormat = java.type('java.lang.NumberFormatException')
                out = []
                try:
                    ArrayList().get(5)
                except IndexOutOfBounds as e:
                    out.append(('specific', type(e).__name__, e.getMessage()))
                try:
                    java.type('java.lang.Integer').parseInt('x1')
                except Exception as e:
                    out.append(('general', str(e)))
                try:
                    try:
                        ArrayList().get(0)
                    except NumberFormat:
                        out.append('wrong handler')
                except IndexOutOfBounds:
                    out.append('outer handler')
                out
                """);
            assertEquals("[('specific', 'ForeignException', 'Index 5 out of bounds for length 0'), "
                            + "('general', 'java.lang.NumberFormatException: For input string: \"x1\"'), 'outer handler']", result.toString());
        }
    }

    @Test
    public void pythonFunctionsAsFunctionalInterfaces() {
        try (Context context = javaContext()) {
            Value result = eval(context, """
                import java
                ArrayList = java.type('java.util.ArrayList')
                Collections = java.type('java.util.Collections')
                words = ArrayList()
                for w in ['ccc', 'a', 'bb']:
                    words.add(w)
                Collections.sort(words, lambda a, b: len(a) - len(b))
                seen = []
                words.forEach(lambda w: seen.append(w.upper()))
                words.removeIf(lambda w: len(w) == 2)
                (list(words), seen)
                """);
            assertEquals("(['a', 'ccc'], ['A', 'BB', 'CCC'])", result.toString());
        }
    }

    @Test
    public void pythonFillsAJavaListAndHandsItBack() {
        try (Context context = javaContext()) {
            Value list = eval(context, """
                import java
                numbers = java.type('java.util.ArrayList')()
                for i in range(5):
                    numbers.add(i * i)
                numbers
                """);
            assertTrue(list.isHostObject());
            @SuppressWarnings("unchecked")
            List<Object> javaList = list.asHostObject();
            assertEquals("[0, 1, 4, 9, 16]", javaList.toString());
        }
    }
}
