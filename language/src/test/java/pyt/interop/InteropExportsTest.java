package pyt.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How Python values look to Java and other languages: the {@code InteropLibrary} messages they export. */
public class InteropExportsTest {
    private Context context;

    @BeforeEach
    public void setUp() {
        context = EmbeddingTest.builder().build();
    }

    @AfterEach
    public void tearDown() {
        context.close();
    }

    private Value eval(String code) {
        return context.eval("pyt", code);
    }

    @Test
    public void numbersBooleansStringsNone() {
        Value i = eval("2 ** 40");
        assertTrue(i.isNumber() && i.fitsInLong() && !i.fitsInInt());
        assertEquals(1L << 40, i.asLong());
        Value big = eval("2 ** 100");
        assertTrue(big.isNumber());
        assertTrue(big.fitsInBigInteger());
        assertFalse(big.fitsInLong());
        assertEquals(BigInteger.TWO.pow(100), big.asBigInteger());
        assertEquals("1267650600228229401496703205376", big.toString());
        assertEquals("int", big.getMetaObject().getMetaSimpleName());
        assertEquals(2.0 * (1L << 62) * 4, big.fitsInDouble() ? eval("2 ** 65").asDouble() : 0.0);
        Value f = eval("1.5");
        assertTrue(f.isNumber() && f.fitsInDouble());
        assertEquals(1.5, f.asDouble());
        assertTrue(eval("True").isBoolean());
        assertTrue(eval("3 > 2").asBoolean());
        Value s = eval("'héllo ' * 2");
        assertTrue(s.isString());
        assertEquals("héllo héllo ", s.asString());
        assertTrue(eval("None").isNull());
        assertEquals("NoneType", eval("None").getMetaObject().getMetaSimpleName());
        // a big int handed back is a Python int again; a Java BigInteger stays a Java object that computes like one
        Value twice = eval("lambda n: (n * 2, type(n).__name__)");
        assertEquals("(2535301200456458802993406410752, 'int')", twice.execute(big).toString());
        assertEquals("(2535301200456458802993406410752, 'foreign')", twice.execute(BigInteger.TWO.pow(100)).toString());
    }

    @Test
    public void listsAreWritableGrowableArrays() {
        Value list = eval("xs = [1, 'two', 3.0]\nxs");
        assertTrue(list.hasArrayElements());
        assertEquals(3, list.getArraySize());
        assertEquals(1, list.getArrayElement(0).asInt());
        assertEquals("two", list.getArrayElement(1).asString());
        list.setArrayElement(0, 10);
        list.setArrayElement(3, "appended");
        assertEquals("[10, 'two', 3.0, 'appended']", eval("repr(xs)").asString());
        assertTrue(list.removeArrayElement(1));
        assertEquals("[10, 3.0, 'appended']", eval("repr(xs)").asString());
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> list.setArrayElement(7, 0));
        @SuppressWarnings("unchecked")
        List<Object> asList = list.as(List.class);
        asList.add(99);
        assertEquals(4, asList.size());
        assertEquals("[10, 3.0, 'appended', 99]", eval("repr(xs)").asString());
        assertEquals("list", list.getMetaObject().getMetaSimpleName());
        assertEquals("[10, 3.0, 'appended', 99]", list.toString());
        assertTrue(list.canInvokeMember("append"));
        list.invokeMember("append", 5);
        assertEquals(5, list.getArraySize());
    }

    @Test
    public void tuplesAndRangesAreReadOnlyArrays() {
        Value t = eval("(1, (2, 3), 'x')");
        assertTrue(t.hasArrayElements());
        assertEquals(3, t.getArraySize());
        assertEquals(3, t.getArrayElement(1).getArrayElement(1).asInt());
        assertThrows(UnsupportedOperationException.class, () -> t.setArrayElement(0, 5));
        assertEquals("(1, (2, 3), 'x')", t.toString());
        Value r = eval("range(0, 10, 3)");
        assertEquals(4, r.getArraySize());
        assertEquals(9, r.getArrayElement(3).asInt());
    }

    @Test
    public void dictsAreHashes() {
        Value d = eval("d = {'a': 1, 2: 'two', (1, 2): [3]}\nd");
        assertTrue(d.hasHashEntries());
        assertEquals(3, d.getHashSize());
        assertEquals(1, d.getHashValue("a").asInt());
        assertEquals("two", d.getHashValue(2).asString());
        assertTrue(d.hasHashEntry("a"));
        assertFalse(d.hasHashEntry("zzz"));
        assertTrue(d.getHashValue("zzz") == null || d.getHashValue("zzz").isNull());
        d.putHashEntry("b", 20);
        assertEquals(20, eval("d['b']").asInt());
        assertTrue(d.removeHashEntry(2));
        assertEquals("{'a': 1, (1, 2): [3], 'b': 20}", d.toString());
        List<String> keys = new ArrayList<>();
        Value it = d.getHashKeysIterator();
        while (it.hasIteratorNextElement()) {
            keys.add(it.getIteratorNextElement().toString());
        }
        assertEquals(List.of("a", "(1, 2)", "b"), keys);
        Value entries = d.getHashEntriesIterator();
        Value first = entries.getIteratorNextElement();
        assertEquals("a", first.getArrayElement(0).asString());
        assertEquals(1, first.getArrayElement(1).asInt());
        @SuppressWarnings("unchecked")
        Map<Object, Object> map = d.as(Map.class);
        assertEquals(20, ((Number) map.get("b")).intValue());
        assertTrue(d.canInvokeMember("keys"));
        assertEquals("['a', (1, 2), 'b']", eval("lambda d: repr(list(d.keys()))").execute(d).asString());
    }

    @Test
    public void functionsMethodsAndClassesExecute() {
        Value f = eval("def add(a, b=10):\n    return a + b\nadd");
        assertTrue(f.canExecute());
        assertEquals(15, f.execute(5).asInt());
        assertEquals(7, f.execute(3, 4).asInt());
        assertEquals("function", f.getMetaObject().getMetaSimpleName());
        assertTrue(f.toString().startsWith("<function add"), f.toString());
        assertEquals("add", f.getMember("__name__").asString());
        assertTrue(f.getSourceLocation() != null && f.getSourceLocation().getStartLine() == 1);
        Value builtinLen = eval("len");
        assertTrue(builtinLen.canExecute());
        assertEquals(3, builtinLen.execute("abc").asInt());
        Value method = eval("'a-b-c'.split");
        assertTrue(method.canExecute());
        assertEquals(3, method.execute("-").getArraySize());
        Value cls = eval("class Counter:\n    def __init__(self, start):\n        self.n = start\n    def __call__(self):\n        self.n += 1\n        return self.n\nCounter");
        assertTrue(cls.canInstantiate());
        assertTrue(cls.isMetaObject());
        Value counter = cls.newInstance(5);
        assertTrue(counter.canExecute());
        assertEquals(6, counter.execute().asInt());
        assertEquals(7, counter.execute().asInt());
        assertTrue(cls.execute(1).hasMember("n"));
        PolyglotException arity = assertThrows(PolyglotException.class, () -> f.execute());
        assertTrue(arity.getMessage().startsWith("TypeError"), arity.getMessage());
    }

    @Test
    public void instancesHaveMembers() {
        Value obj = eval("""
            class Box:
                kind = 'box'
                def __init__(self):
                    self.items = []
                def put(self, x):
                    self.items.append(x)
                    return len(self.items)
                @property
                def size(self):
                    return len(self.items)
            Box()
            """);
        assertTrue(obj.hasMembers());
        assertEquals("box", obj.getMember("kind").asString());
        assertEquals(1, obj.invokeMember("put", "a").asInt());
        assertEquals(2, obj.invokeMember("put", 42).asInt());
        assertEquals(2, obj.getMember("size").asInt());
        assertTrue(obj.getMember("items").hasArrayElements());
        obj.putMember("extra", List.of(1, 2));
        assertTrue(obj.hasMember("extra"));
        assertTrue(obj.removeMember("extra"));
        assertFalse(obj.hasMember("extra"));
        assertFalse(obj.hasMember("nothing"));
        List<String> keys = new ArrayList<>(obj.getMemberKeys());
        assertTrue(keys.containsAll(List.of("items", "kind", "put", "size")), keys.toString());
        assertFalse(keys.contains("__init__"), keys.toString());
        assertTrue(obj.toString().startsWith("<__main__.Box object at"), obj.toString());
    }

    @Test
    public void iterablesAndIterators() {
        for (String code : new String[]{"[1, 2, 3]", "(1, 2, 3)", "{1: 'a', 2: 'b', 3: 'c'}", "{1, 2, 3}", "range(1, 4)",
                        "(x for x in [1, 2, 3])", "iter([1, 2, 3])"}) {
            Value v = eval(code);
            assertTrue(v.hasIterator(), code);
            Value it = v.getIterator();
            assertTrue(it.isIterator());
            List<String> items = new ArrayList<>();
            while (it.hasIteratorNextElement()) {
                items.add(it.getIteratorNextElement().toString());
            }
            assertEquals(List.of("1", "2", "3"), items, code);
        }
        Value custom = eval("""
            class Countdown:
                def __init__(self, n): self.n = n
                def __iter__(self): return self
                def __next__(self):
                    if self.n == 0: raise StopIteration
                    self.n -= 1
                    return self.n
            Countdown(3)
            """);
        assertTrue(custom.hasIterator());
        Value it = custom.getIterator();
        assertEquals(2, it.getIteratorNextElement().asInt());
        assertEquals(1, it.getIteratorNextElement().asInt());
        assertEquals(0, it.getIteratorNextElement().asInt());
        assertFalse(it.hasIteratorNextElement());
        assertFalse(eval("42").hasIterator());
    }

    @Test
    public void exceptionsAndMetaObjects() {
        Value exc = eval("try:\n    {}['k']\nexcept KeyError as e:\n    err = e\nerr");
        assertTrue(exc.isException());
        assertEquals("KeyError", exc.getMetaObject().getMetaSimpleName());
        assertEquals("KeyError", exc.getMetaObject().getMetaQualifiedName());
        Value keyError = eval("KeyError");
        assertTrue(keyError.isMetaObject());
        assertTrue(keyError.isMetaInstance(exc));
        assertTrue(eval("LookupError").isMetaInstance(exc));
        assertFalse(eval("ValueError").isMetaInstance(exc));
        assertEquals("('k',)", exc.getMember("args").toString());
        Value cls = eval("class Temperature:\n    pass\nTemperature");
        assertEquals("__main__.Temperature", cls.getMetaQualifiedName());
        assertEquals("Temperature", cls.getMetaSimpleName());
        assertEquals("type", cls.getMetaObject().getMetaSimpleName());
        assertEquals("object", cls.getMetaParents().getArrayElement(0).getMetaSimpleName());
        assertTrue(eval("int").isMetaInstance(7));
        assertTrue(eval("str").isMetaInstance("x"));
        assertTrue(eval("int").isMetaInstance(eval("2 ** 80")));
        assertEquals("list", eval("[]").getMetaObject().getMetaQualifiedName());
    }

    @Test
    public void displayStringsMatchStrAndRepr() {
        assertEquals("[1, 'a', None, 2.5]", eval("[1, 'a', None, 2.5]").toString());
        assertEquals("{'k': (1,)}", eval("{'k': (1,)}").toString());
        assertEquals("<class 'int'>", eval("int").toString());
        assertEquals("None", eval("None").toString());
        assertEquals("hello", eval("'hello'").toString());
        assertEquals("pretty", eval("class P:\n    def __str__(self): return 'pretty'\n    def __repr__(self): return 'P()'\nP()").toString());
        assertEquals("[P()]", eval("[P()]").toString());
        assertEquals("{1, 2}", eval("{1, 2}").toString());
        assertEquals("range(0, 3)", eval("range(3)").toString());
    }

    @Test
    public void identityIsPreserved() {
        Value a = eval("shared = [1]\nshared");
        Value b = eval("shared");
        assertEquals(a, b);
        assertTrue(eval("lambda x: x is shared").execute(a).asBoolean());
        Value roundTrip = eval("lambda x: x").execute(eval("object()"));
        assertTrue(roundTrip.hasMembers());
    }
}
