package pyt.runtime.text;

import static pyt.runtime.text.PythonOracle.py;
import static pyt.runtime.text.PythonOracle.pyIndex;

import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.str.StrStripNodeGen;
import pyt.runtime.PyStrings;

/** {@link StrMethods}, {@link StrSplit}, {@link CodePoints} and str.strip against CPython on random inputs. */
class StrMethodsTest {
    private static final int N = 300;

    @Test
    void searching() {
        PythonOracle o = new PythonOracle();
        for (int i = 0; i < N; i++) {
            String s = o.randomString(8);
            String sub = o.needle(s);
            long a = o.randomIndex(true);
            long b = o.randomIndex(false);
            String args = py(sub) + ", " + pyIndex(a) + ", " + pyIndex(b);
            o.check(py(s) + ".find(" + args + ")", () -> StrMethods.find(s, sub, a, b));
            o.check(py(s) + ".rfind(" + args + ")", () -> StrMethods.rfind(s, sub, a, b));
            o.check(py(s) + ".index(" + args + ")", () -> StrMethods.index(s, sub, a, b));
            o.check(py(s) + ".rindex(" + args + ")", () -> StrMethods.rindex(s, sub, a, b));
            o.check(py(s) + ".count(" + args + ")", () -> StrMethods.count(s, sub, a, b));
            o.check(py(s) + ".startswith(" + args + ")", () -> StrMethods.startsWith(s, sub, a, b));
            o.check(py(s) + ".endswith(" + args + ")", () -> StrMethods.endsWith(s, sub, a, b));
            String other = o.randomString(1);
            String[] tuple = {other, sub};
            String targs = "(" + py(other) + ", " + py(sub) + "), " + pyIndex(a) + ", " + pyIndex(b);
            o.check(py(s) + ".startswith(" + targs + ")", () -> StrMethods.startsWith(s, tuple, a, b));
            o.check(py(s) + ".endswith(" + targs + ")", () -> StrMethods.endsWith(s, tuple, a, b));
            o.check(py(s) + ".find(" + py(sub) + ")", () -> StrMethods.find(s, sub, CodePoints.NO_START, CodePoints.NO_END));
            o.check(py(s) + ".count(" + py(sub) + ")", () -> StrMethods.count(s, sub, CodePoints.NO_START, CodePoints.NO_END));
        }
        o.verify();
    }

    @Test
    void splitting() {
        PythonOracle o = new PythonOracle();
        for (int i = 0; i < N; i++) {
            String s = o.randomString(10);
            String sep = o.random.nextInt(3) == 0 ? null : o.needle(s);
            long max = o.random.nextInt(5) - 2;
            String args = (sep == null ? "None" : py(sep)) + ", " + max;
            o.check(py(s) + ".split(" + args + ")", () -> StrSplit.split(s, sep, max));
            o.check(py(s) + ".rsplit(" + args + ")", () -> StrSplit.rsplit(s, sep, max));
            o.check(py(s) + ".split()", () -> StrSplit.split(s, null, -1));
            o.check(py(s) + ".rsplit()", () -> StrSplit.rsplit(s, null, -1));
            o.check(py(s) + ".splitlines()", () -> StrSplit.splitlines(s, false));
            o.check(py(s) + ".splitlines(True)", () -> StrSplit.splitlines(s, true));
            String sep2 = o.needle(s);
            o.check(py(s) + ".partition(" + py(sep2) + ")", () -> StrMethods.partition(s, sep2));
            o.check(py(s) + ".rpartition(" + py(sep2) + ")", () -> StrMethods.rpartition(s, sep2));
        }
        o.verify();
    }

    /** {@code str.strip} is a TruffleString node; its uncached version runs without a context. */
    private static String strip(String s, String chars, boolean left, boolean right) {
        TruffleString c = chars == null ? null : PyStrings.of(chars);
        return PyStrings.toJava(StrStripNodeGen.getUncached().execute(PyStrings.of(s), c, left, right));
    }

    @Test
    void stripAndReplace() {
        PythonOracle o = new PythonOracle();
        for (int i = 0; i < N; i++) {
            String s = o.randomString(8);
            String chars = o.random.nextInt(3) == 0 ? null : o.needle(s);
            String c = chars == null ? "None" : py(chars);
            o.check(py(s) + ".strip(" + c + ")", () -> strip(s, chars, true, true));
            o.check(py(s) + ".lstrip(" + c + ")", () -> strip(s, chars, true, false));
            o.check(py(s) + ".rstrip(" + c + ")", () -> strip(s, chars, false, true));
            String old = o.needle(s);
            String rep = o.randomString(2);
            long count = o.random.nextInt(5) - 1;
            o.check(py(s) + ".replace(" + py(old) + ", " + py(rep) + ", " + count + ")",
                            () -> StrMethods.replace(s, old, rep, count));
            o.check(py(s) + ".removeprefix(" + py(old) + ")", () -> StrMethods.removeprefix(s, old));
            o.check(py(s) + ".removesuffix(" + py(old) + ")", () -> StrMethods.removesuffix(s, old));
            long tab = o.random.nextInt(6) - 1;
            o.check(py(s) + ".expandtabs(" + tab + ")", () -> StrMethods.expandtabs(s, tab));
            o.check(py(s) + " * " + count, () -> StrMethods.repeat(s, count));
        }
        o.verify();
    }

    @Test
    void padding() {
        PythonOracle o = new PythonOracle();
        for (int i = 0; i < N; i++) {
            String s = o.randomString(6);
            long w = o.random.nextInt(14) - 2;
            String fill = o.random.nextInt(3) == 0 ? null : o.randomString(2);
            String args = w + (fill == null ? "" : ", " + py(fill));
            o.check(py(s) + ".center(" + args + ")", () -> StrMethods.center(s, w, fill));
            o.check(py(s) + ".ljust(" + args + ")", () -> StrMethods.ljust(s, w, fill));
            o.check(py(s) + ".rjust(" + args + ")", () -> StrMethods.rjust(s, w, fill));
            o.check(py(s) + ".zfill(" + w + ")", () -> StrMethods.zfill(s, w));
            String signed = (o.random.nextBoolean() ? "-" : "+") + s;
            o.check(py(signed) + ".zfill(" + w + ")", () -> StrMethods.zfill(signed, w));
        }
        o.verify();
    }

    @Test
    void codePoints() {
        PythonOracle o = new PythonOracle();
        for (int i = 0; i < N; i++) {
            String s = o.randomString(6);
            long idx = o.random.nextInt(15) - 7;
            o.check("len(" + py(s) + ")", () -> CodePoints.length(s));
            o.check(py(s) + "[" + idx + "]", () -> CodePoints.charAt(s, idx));
            long start = o.random.nextInt(15) - 7;
            long stop = o.random.nextInt(15) - 7;
            long step = o.random.nextBoolean() ? 1 : o.random.nextInt(7) - 3;
            if (step != 0) {
                o.check(py(s) + "[" + start + ":" + stop + ":" + step + "]", () -> {
                    long[] r = adjust(CodePoints.length(s), start, stop, step);
                    return CodePoints.slice(s, r[0], r[1], step);
                });
            }
            String t = o.randomString(3);
            o.check("(" + py(s) + " > " + py(t) + ") - (" + py(s) + " < " + py(t) + ")",
                            () -> Integer.signum(CodePoints.compare(s, t)));
            java.util.List<String> parts = java.util.List.of(s, t, o.randomString(2));
            o.check(py(t) + ".join([" + py(parts.get(0)) + "," + py(parts.get(1)) + "," + py(parts.get(2)) + "])",
                            () -> StrMethods.join(t, parts));
        }
        o.verify();
    }

    /** PySlice_AdjustIndices, which the runtime's slice helper does before calling slice(). */
    static long[] adjust(long len, long start, long stop, long step) {
        if (start < 0) {
            start += len;
            if (start < 0) {
                start = step < 0 ? -1 : 0;
            }
        } else if (start >= len) {
            start = step < 0 ? len - 1 : len;
        }
        if (stop < 0) {
            stop += len;
            if (stop < 0) {
                stop = step < 0 ? -1 : 0;
            }
        } else if (stop >= len) {
            stop = step < 0 ? len - 1 : len;
        }
        return new long[]{start, stop};
    }
}
