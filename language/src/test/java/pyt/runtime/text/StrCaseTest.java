package pyt.runtime.text;

import static pyt.runtime.text.PythonOracle.py;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** {@link StrCase}, {@link StrRepr} and {@link UnicodeProps} against CPython. */
class StrCaseTest {
    private static final Map<String, Function<String, Object>> METHODS = Map.ofEntries(
                    Map.entry("lower", StrCase::lower), Map.entry("upper", StrCase::upper),
                    Map.entry("casefold", StrCase::casefold), Map.entry("swapcase", StrCase::swapcase),
                    Map.entry("capitalize", StrCase::capitalize), Map.entry("title", StrCase::title),
                    Map.entry("isalnum", StrCase::isalnum), Map.entry("isalpha", StrCase::isalpha),
                    Map.entry("isascii", StrCase::isascii), Map.entry("isdecimal", StrCase::isdecimal),
                    Map.entry("isdigit", StrCase::isdigit), Map.entry("isnumeric", StrCase::isnumeric),
                    Map.entry("isspace", StrCase::isspace), Map.entry("isprintable", StrCase::isprintable),
                    Map.entry("isidentifier", StrCase::isidentifier), Map.entry("islower", StrCase::islower),
                    Map.entry("isupper", StrCase::isupper), Map.entry("istitle", StrCase::istitle));

    @Test
    void randomStrings() {
        PythonOracle o = new PythonOracle();
        for (int i = 0; i < 400; i++) {
            String s = o.randomString(6);
            METHODS.forEach((name, f) -> o.check(py(s) + "." + name + "()", () -> f.apply(s)));
            o.check("repr(" + py(s) + ")", () -> StrRepr.repr(s));
            o.check("ascii(" + py(s) + ")", () -> StrRepr.ascii(s));
        }
        // words, so that title/capitalize/final sigma see cased neighbours
        String[] words = {"hello world", "ΣΑΣ ΟΔΟΣ", "aΣ.b", "ΑΣ'", "Σ", "aΣ\u0301", "aΣ\u0301b", "they're bill's",
                        "ǆemal ǅ", "ﬁsh ßtraße", "i̇stanbul", "ŉ", "\ud801\udc00\ud801\udc28 x", "abc_1", "1abc", "_",
                        "x\u200d", "\u0660\u0661", "Ⅷ", "\u00b2\u00b3", "一二", "\u2167b", "A\u02b0b", "ᾳ ᾼ", "'a' \"b\"",
                        "", "   ", "\u001c\u001f", "Hello World", "Hello world", "ǅungla", "ß"};
        for (String s : words) {
            METHODS.forEach((name, f) -> o.check(py(s) + "." + name + "()", () -> f.apply(s)));
            o.check("repr(" + py(s) + ")", () -> StrRepr.repr(s));
        }
        o.verify();
    }

    @Test
    void translate() {
        PythonOracle o = new PythonOracle();
        for (int i = 0; i < 300; i++) {
            String s = o.randomString(8);
            String x = o.randomString(4);
            int[] xs = x.codePoints().toArray();
            StringBuilder yb = new StringBuilder();
            for (int k = 0; k < xs.length; k++) {
                int cp = 0x20 + o.random.nextInt(0x1FFE0);
                yb.append(o.random.nextBoolean() || Character.isSurrogate((char) cp) && cp < 0x10000 ? "z" : CodePoints.fromCodePoint(cp));
            }
            String y = o.random.nextInt(10) == 0 ? yb + "q" : yb.toString();
            String z = o.random.nextBoolean() ? null : o.needle(s);
            String call = "str.maketrans(" + PythonOracle.pyArgs(x, y) + (z == null ? "" : ", " + py(z)) + ")";
            o.check(py(s) + ".translate(" + call + ")", () -> StrRepr.translate(s, StrRepr.maketrans(x, y, z)));
            Map<Integer, Object> table = new java.util.LinkedHashMap<>();
            table.put((int) 'a', "<\ud83d\ude00>");
            table.put(0x1F600, (long) 'b');
            table.put((int) ' ', null);
            o.check(py(s) + ".translate({97: " + py("<\ud83d\ude00>") + ", 0x1f600: 98, 32: None})", () -> StrRepr.translate(s, table));
        }
        o.check("'abc'.translate({97: -1})", () -> StrRepr.translate("abc", Map.of(97, -1L)));
        o.check("'abc'.translate({97: 1.5})", () -> StrRepr.translate("abc", Map.of(97, 1.5)));
        o.check("str.maketrans({'ab': 1})", () -> StrRepr.maketransKey("ab"));
        o.verify();
    }

    /**
     * Every code point assigned in CPython's Unicode database (Unicode 14), for every property and
     * mapping: Python prints one line per code point, the Java side computes the same line.
     */
    @Test
    void everyCharacter() {
        List<String> lines = PythonOracle.runScript("""
                        import unicodedata
                        def h(s): return ','.join('%x' % ord(c) for c in s)
                        for c in range(0x110000):
                            ch = chr(c)
                            if 0xd800 <= c < 0xe000 or unicodedata.category(ch) in ('Cn', 'Co'): continue
                            if c >= 0x20000 and unicodedata.category(ch) == 'Lo': continue
                            bits = ''.join('1' if b else '0' for b in (ch.isspace(), ch.isprintable(), ch.isalpha(),
                                ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.islower(), ch.isupper(), ch.istitle(),
                                ch.isidentifier(), ('a' + ch).isidentifier(), ch.isalnum()))
                            print('%x' % c, bits, h(ch.upper()), h(ch.lower()), h(ch.title()), h(ch.casefold()), h(ch.swapcase()))
                        """);
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            int c = Integer.parseInt(line.substring(0, line.indexOf(' ')), 16);
            String ch = CodePoints.fromCodePoint(c);
            boolean[] b = {StrCase.isspace(ch), StrCase.isprintable(ch), StrCase.isalpha(ch), StrCase.isdecimal(ch),
                            StrCase.isdigit(ch), StrCase.isnumeric(ch), StrCase.islower(ch), StrCase.isupper(ch),
                            StrCase.istitle(ch), StrCase.isidentifier(ch), StrCase.isidentifier("a" + ch),
                            StrCase.isalnum(ch)};
            StringBuilder bits = new StringBuilder();
            for (boolean x : b) {
                bits.append(x ? '1' : '0');
            }
            String java = Integer.toHexString(c) + " " + bits + " " + h(StrCase.upper(ch)) + " " + h(StrCase.lower(ch)) +
                            " " + h(StrCase.title(ch)) + " " + h(StrCase.casefold(ch)) + " " + h(StrCase.swapcase(ch));
            if (!java.equals(line)) {
                failures.add("python: " + line + "\n  java: " + java);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " code points differ:\n" + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
        }
    }

    private static String h(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(sb.length() == 0 ? "" : ",").append(Integer.toHexString(c)));
        return sb.toString();
    }
}
