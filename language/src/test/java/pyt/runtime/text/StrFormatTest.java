package pyt.runtime.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import pyt.runtime.numbers.FormatSpec;
import pyt.runtime.numbers.NumericError;

/**
 * {@link StrFormat} against CPython. The values are objects (Python class {@code O}, Java record
 * {@link Obj}) whose str, repr, attributes, items and {@code __format__} spell out what was asked
 * of them, so the test checks the engine, not any value's formatting.
 */
class StrFormatTest {
    private static final String PRELUDE_CLASS = "type('O', (), {'__init__': lambda s, v: setattr(s, 'v', v), "
                    + "'__format__': lambda s, spec: '<' + s.v + '|' + spec + '>', '__str__': lambda s: 's' + s.v, "
                    + "'__repr__': lambda s: 'r\\u00e9' + s.v, "
                    + "'__getattr__': lambda s, n: O(s.v + '.' + n) if n != 'v' else None, "
                    + "'__getitem__': lambda s, k: O(s.v + '[' + repr(k) + ']')})";

    record Obj(String v) {
    }

    static final StrFormat.Callbacks CB = new StrFormat.Callbacks() {
        @Override
        public String str(Object v) {
            return v instanceof Obj o ? "s" + o.v : (String) v;
        }

        @Override
        public String repr(Object v) {
            return v instanceof Obj o ? "r\u00e9" + o.v : StrRepr.repr((String) v);
        }

        @Override
        public String ascii(Object v) {
            return v instanceof Obj o ? "r\\xe9" + o.v : StrRepr.ascii((String) v);
        }

        @Override
        public Object getAttr(Object obj, String name) {
            return new Obj(((Obj) obj).v + "." + name);
        }

        @Override
        public Object getItem(Object obj, Object key) {
            if (obj instanceof Map<?, ?> m) {
                if (!m.containsKey(key)) {
                    throw TextError.keyError((String) key);
                }
                return m.get(key);
            }
            return new Obj(((Obj) obj).v + "[" + (key instanceof String s ? StrRepr.repr(s) : key) + "]");
        }

        @Override
        public String formatValue(Object value, String spec) {
            if (value instanceof String s) {
                try {
                    return FormatSpec.formatString(s, FormatSpec.parse(spec, "str", 's', '<'), "str");
                } catch (NumericError e) {
                    throw new TextError(TextError.Kind.valueOf(e.kind.name()), e.getMessage());
                }
            }
            return "<" + ((Obj) value).v + "|" + spec + ">";
        }
    };

    private static final String[] NAMES = {"", "", "", "0", "1", "2", "3", "x", "y", "missing", "0.a", "x[1]", "[k]",
                    ".b", "0[]", "0.", "1[a][0].c", "[0]x", "[", "0[", "\u0661", "99999999999999999999", "{", "a]", "0[}]"};
    private static final String[] CONVS = {"", "", "", "!r", "!s", "!a", "!x", "!", "!rr", "!\u0001"};
    private static final String[] SPECS = {"", "", ":", ":>5", ":{}", ":{0}", ":{x}", ":{1:{2}}", ":{!r}", ":a{y}b{}",
                    ":{{", ":}", ":{", ":\u00e9"};
    private static final String[] TEXT = {"", "", "a", "{{", "}}", " \ud83d\ude00 ", "}", "{"};

    private static String template(Random r) {
        StringBuilder t = new StringBuilder();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            t.append(TEXT[r.nextInt(TEXT.length - (r.nextInt(8) == 0 ? 0 : 2))]);
            t.append('{').append(NAMES[r.nextInt(NAMES.length)]).append(CONVS[r.nextInt(CONVS.length)]);
            t.append(SPECS[r.nextInt(SPECS.length)]);
            if (r.nextInt(15) != 0) {
                t.append('}');
            }
        }
        t.append(TEXT[r.nextInt(TEXT.length - 2)]);
        return t.toString();
    }

    @Test
    void randomTemplates() {
        PythonOracle o = new PythonOracle();
        Random r = o.random;
        Object[] args = {new Obj("a"), new Obj("b"), new Obj("c")};
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("x", new Obj("x"));
        kw.put("y", new Obj("y"));
        String pyArgs = "O('a'), O('b'), O('c'), x=O('x'), y=O('y')";
        String pyMap = "{'x': O('x'), 'y': O('y')}";
        String[] fixed = {"{} {} {}", "{0!r:>9}|{1!s:^7}|{2!a:*<8}", "{x.a[0]}{y[k].b}", "{:{}}{}", "{0:{x}}",
                        "{2}{1}{0}{x}{y}", "{{}}{{{0}}}", "\ud83d\ude00{!r:.2}", "{0!s:\ud83d\ude00^6}", "{0[01]}"};
        for (int i = 0; i < 1500 + fixed.length; i++) {
            String t = i < fixed.length ? fixed[i] : template(r);
            o.check("[O := " + PRELUDE_CLASS + ", " + PythonOracle.py(t) + ".format(" + pyArgs + ")][1]",
                            () -> StrFormat.format(t, args, kw, CB));
            if (i % 3 == 0) {
                o.check("[O := " + PRELUDE_CLASS + ", " + PythonOracle.py(t) + ".format_map(" + pyMap + ")][1]",
                                () -> StrFormat.formatMap(t, kw, CB));
            }
        }
        o.verify();
    }
}
