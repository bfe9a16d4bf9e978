package pyt.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyHashMap;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.Test;

/**
 * Values from Java and from other languages inside Python: Java arrays, Lists and Maps (host
 * access), and polyglot proxies, which stand for any other language's objects.
 */
public class ForeignValuesTest {

    /** Runs {@code code} defining {@code f}, then returns {@code f(args...)} as Python's repr. */
    private static String call(Context context, String code, Object... args) {
        context.eval("pyt", code);
        Value f = context.getBindings("pyt").getMember("f");
        return context.eval("pyt", "repr").execute(f.execute(args)).asString();
    }

    private static Context hostContext() {
        return EmbeddingTest.builder().allowHostAccess(HostAccess.ALL).build();
    }

    @Test
    public void javaArrays() {
        try (Context context = hostContext()) {
            int[] numbers = {5, 3, 8, 1};
            String code = """
                def f(a):
                    a[0] = 50
                    return (len(a), a[0], a[-1], a[1:3], a[::-1], sorted(a), 8 in a, 9 in a, sum(x for x in a), list(a))
                """;
            assertEquals("(4, 50, 1, [3, 8], [1, 8, 3, 50], [1, 3, 8, 50], True, False, 62, [50, 3, 8, 1])", call(context, code, (Object) numbers));
            assertEquals(50, numbers[0]);
            assertEquals("['a', 'b']", call(context, "def f(a): return list(a)", (Object) new String[]{"a", "b"}));
        }
    }

    @Test
    public void javaListsAndMaps() {
        try (Context context = hostContext()) {
            List<Object> list = new ArrayList<>(List.of("x", "y"));
            String code = """
                def f(items):
                    items.add("z")
                    items[0] = "first"
                    del items[1]
                    return (len(items), items[-1], "z" in items, [s.upper() for s in items], items.size(), items.get(0))
                """;
            assertEquals("(2, 'z', True, ['FIRST', 'Z'], 2, 'first')", call(context, code, list));
            assertEquals(List.of("first", "z"), list);
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("one", 1);
            map.put("two", 2);
            String mapCode = """
                def f(m):
                    m["three"] = 3
                    del m["one"]
                    return (len(m), m["two"], "three" in m, "one" in m, sorted(m), [m[k] * 10 for k in m])
                """;
            assertEquals("(2, 2, True, False, ['three', 'two'], [20, 30])", call(context, mapCode, map));
            assertEquals("{two=2, three=3}", map.toString());
            assertEquals("KeyError('missing')", call(context, "def f(m):\n    try:\n        return m['missing']\n    except KeyError as e:\n        return e", map));
        }
    }

    @Test
    public void javaObjectsAttributesMethodsAndNumbers() {
        try (Context context = hostContext()) {
            StringBuilder sb = new StringBuilder("ab");
            assertEquals("('abcd', 4, 'dcba')", call(context, "def f(sb):\n    sb.append('cd')\n    return (sb.toString(), sb.length(), str(sb.reverse()))", sb));
            assertEquals("dcba", sb.toString());
            Point p = new Point();
            assertEquals("(3, 7, 10)", call(context, "def f(p):\n    p.x = 7\n    return (p.y, p.x, p.sum())", p));
            assertEquals(7, p.x);
            // a Java BigInteger stays a Java object with its methods, yet does arithmetic with Python numbers
            BigInteger big = BigInteger.TWO.pow(70);
            assertEquals("(1180591620717411303425, True, 1180591620717411303423, 71, 2361183241434822606848)",
                            call(context, "def f(b): return (b + 1, b > 10, int(b) - 1, b.bitLength(), 2 * b)", big));
            // boxed Java numbers and strings become Python ints, floats and strs
            assertEquals("(3, 2.5, 'Java!', 'int', 'float', 'str')",
                            call(context, "def f(a, b, c): return (a + 1, b * 2.5, c + '!', type(a).__name__, type(b).__name__, type(c).__name__)",
                                            (short) 2, 1.0f, "Java"));
        }
    }

    public static class Point {
        public int x = 1;
        public int y = 3;

        public int sum() {
            return x + y;
        }
    }

    @Test
    public void typeAndReprOfForeignValues() {
        try (Context context = hostContext()) {
            String code = "def f(v): return (type(v).__name__, repr(type(v)), repr(v), str(v), isinstance(v, __import__('polyglot').foreign))";
            assertEquals("('foreign', \"<class 'polyglot.foreign'>\", '<foreign java.util.ArrayList [1, 2]>', '[1, 2]', True)",
                            call(context, code, new ArrayList<>(List.of(1, 2))));
        }
    }

    @Test
    public void proxiesStandForOtherLanguages() {
        try (Context context = EmbeddingTest.builder().build()) {
            ProxyArray array = ProxyArray.fromArray(10, 20, 30);
            assertEquals("(3, 20, [10, 20], [10, 20, 30], True, 60)", call(context, "def f(a): return (len(a), a[1], a[:2], list(a), 30 in a, sum(a))", array));
            Map<String, Object> fields = new HashMap<>();
            fields.put("name", "proxy");
            ProxyObject object = ProxyObject.fromMap(fields);
            assertEquals("('proxy', 'PROXY', 42, True, False, ['answer', 'name'])",
                            call(context, "def f(o):\n    o.answer = 42\n    return (o.name, o.name.upper(), o.answer, hasattr(o, 'name'), hasattr(o, 'nope'), sorted(dir(o)))", object));
            assertEquals(42, ((Value) fields.get("answer")).asInt());
            ProxyExecutable twice = args -> args[0].asInt() * 2;
            assertEquals("(42, 'foreign')", call(context, "def f(g): return (g(21), type(g).__name__)", twice));
            Map<Object, Object> hash = new LinkedHashMap<>();
            hash.put("k", "v");
            assertEquals("('v', 1, ['k'], True)", call(context, "def f(h): return (h['k'], len(h), list(h), 'k' in h)", ProxyHashMap.from(hash)));
        }
    }

    @Test
    public void foreignValuesInPythonContainersAndBack() {
        try (Context context = hostContext()) {
            Value keep = context.eval("pyt", "kept = []\ndef keep(v):\n    kept.append(v)\n    return kept\nkeep");
            Object original = new Object();
            Value result = keep.execute(original);
            assertTrue(result.getArrayElement(0).isHostObject());
            assertTrue(result.getArrayElement(0).asHostObject() == original);
        }
    }
}
