package pyt.builtins;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.nodes.lib.Iteration;
import pyt.runtime.PyBytes;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.runtime.PyTuple;
import pyt.runtime.text.StrMethods;
import pyt.runtime.text.StrSplit;

/**
 * The text-like methods of {@code bytes} (split, strip, join, find, replace...): bytes are seen
 * as Latin-1 strings, which maps each byte to the character of the same value, so the str
 * algorithms of {@code pyt.runtime.text} apply unchanged, except that only ASCII white space
 * counts as white space. Results that are byte strings have the type of {@code self}.
 */
@BuiltinClass(name = {"bytes", "bytearray"})
public final class BytesTextBuiltins {
    private BytesTextBuiltins() {
    }

    static String latin1(Object self, String method) {
        return new String(BytesBuiltins.bytes(self, method), StandardCharsets.ISO_8859_1);
    }

    static String arg(Object value) {
        byte[] b = BytesBuiltins.bytesOrNull(value);
        if (b != null) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        throw PyErrors.typeError(null, "a bytes-like object is required, not '%s'", BuiltinHelpers.typeName(value));
    }

    /** A byte string of {@code self}'s type (bytes or bytearray) from a Latin-1 string. */
    static Object like(Object self, String latin1) {
        return BytesBuiltins.like(self, latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** White space for bytes: ASCII only, unlike str's Unicode white space. */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    /** Line breaks for bytes: only {@code \n} and {@code \r} (and so {@code \r\n}). */
    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r';
    }

    static PyList toList(Object self, List<String> parts) {
        PyList result = new PyList();
        for (String p : parts) {
            result.add(like(self, p));
        }
        return result;
    }

    /** A search argument: bytes, or an int in range(256) standing for that one byte. */
    @TruffleBoundary
    static String subArg(Object value) {
        if (BytesBuiltins.bytesOrNull(value) != null) {
            return arg(value);
        }
        Object index = BuiltinHelpers.indexOrNull(value);
        if (index == null) {
            return arg(value);
        }
        if (!(index instanceof Long l) || l < 0 || l > 255) {
            throw PyErrors.valueError(null, "byte must be in range(0, 256)");
        }
        return String.valueOf((char) (long) l);
    }

    static String sepArg(Object sep) {
        return sep == PyNone.NONE ? null : arg(sep);
    }

    @Builtin(name = "split", signature = "(self, /, sep=None, maxsplit=-1)")
    @GenerateNodeFactory
    public abstract static class SplitNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object split(Object self, Object sep, Object maxsplit) {
            String s = latin1(self, "split");
            String t = sepArg(sep);
            long max = BuiltinHelpers.asSize(maxsplit);
            return toList(self, StrBuiltins.guarded(() -> StrSplit.split(s, t, max, BytesTextBuiltins::isSpace)));
        }
    }

    @Builtin(name = "rsplit", signature = "(self, /, sep=None, maxsplit=-1)")
    @GenerateNodeFactory
    public abstract static class RSplitNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object rsplit(Object self, Object sep, Object maxsplit) {
            String s = latin1(self, "rsplit");
            String t = sepArg(sep);
            long max = BuiltinHelpers.asSize(maxsplit);
            return toList(self, StrBuiltins.guarded(() -> StrSplit.rsplit(s, t, max, BytesTextBuiltins::isSpace)));
        }
    }

    @Builtin(name = "splitlines", signature = "(self, /, keepends=False)")
    @GenerateNodeFactory
    public abstract static class SplitlinesNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object splitlines(Object self, Object keepends) {
            String s = latin1(self, "splitlines");
            return toList(self, StrSplit.splitlines(s, BuiltinHelpers.isTrue(keepends), BytesTextBuiltins::isLineBreak));
        }
    }

    @Builtin(name = "partition", signature = "(self, sep, /)")
    @GenerateNodeFactory
    public abstract static class PartitionNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object partition(Object self, Object sep) {
            String s = latin1(self, "partition");
            String t = arg(sep);
            String[] parts = StrBuiltins.guarded(() -> StrMethods.partition(s, t));
            return PyTuple.of(like(self, parts[0]), like(self, parts[1]), like(self, parts[2]));
        }
    }

    @Builtin(name = "rpartition", signature = "(self, sep, /)")
    @GenerateNodeFactory
    public abstract static class RPartitionNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object rpartition(Object self, Object sep) {
            String s = latin1(self, "rpartition");
            String t = arg(sep);
            String[] parts = StrBuiltins.guarded(() -> StrMethods.rpartition(s, t));
            return PyTuple.of(like(self, parts[0]), like(self, parts[1]), like(self, parts[2]));
        }
    }

    /** CPython hands back an exact {@code bytes} object itself when nothing was stripped. */
    @TruffleBoundary
    static Object strip(Object self, String method, Object chars, boolean left, boolean right) {
        String s = latin1(self, method);
        String r = strip(s, chars, left, right);
        return r.length() == s.length() && self instanceof PyBytes ? self : like(self, r);
    }

    @TruffleBoundary
    static String strip(String s, Object chars, boolean left, boolean right) {
        String set = chars == PyNone.NONE || chars == PyNone.NO_VALUE ? null : arg(chars);
        int i = 0;
        int j = s.length();
        while (left && i < j && (set == null ? isSpace(s.charAt(i)) : set.indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        while (right && j > i && (set == null ? isSpace(s.charAt(j - 1)) : set.indexOf(s.charAt(j - 1)) >= 0)) {
            j--;
        }
        return s.substring(i, j);
    }

    @Builtin(name = "strip", signature = "(self, chars=None, /)")
    @GenerateNodeFactory
    public abstract static class StripNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object strip(Object self, Object chars) {
            return BytesTextBuiltins.strip(self, "strip", chars, true, true);
        }
    }

    @Builtin(name = "lstrip", signature = "(self, chars=None, /)")
    @GenerateNodeFactory
    public abstract static class LstripNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object lstrip(Object self, Object chars) {
            return BytesTextBuiltins.strip(self, "lstrip", chars, true, false);
        }
    }

    @Builtin(name = "rstrip", signature = "(self, chars=None, /)")
    @GenerateNodeFactory
    public abstract static class RstripNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object rstrip(Object self, Object chars) {
            return BytesTextBuiltins.strip(self, "rstrip", chars, false, true);
        }
    }

    @Builtin(name = "join", signature = "(self, iterable_of_bytes, /)")
    @GenerateNodeFactory
    public abstract static class JoinNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object join(Object self, Object iterable) {
            String sep = latin1(self, "join");
            List<String> parts = new ArrayList<>();
            for (Object item : Iteration.toArray(iterable)) {
                byte[] b = BytesBuiltins.bytesOrNull(item);
                if (b == null) {
                    throw PyErrors.typeError(null, "sequence item %d: expected a bytes-like object, %s found", parts.size(),
                                    BuiltinHelpers.typeName(item));
                }
                parts.add(new String(b, StandardCharsets.ISO_8859_1));
            }
            return like(self, String.join(sep, parts));
        }
    }

    @Builtin(name = "find", signature = "(self, sub, start=_, end=_, /)")
    @GenerateNodeFactory
    public abstract static class FindNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object find(Object self, Object sub, Object start, Object end) {
            return StrMethods.find(latin1(self, "find"), subArg(sub), BuiltinHelpers.startArg(start), BuiltinHelpers.endArg(end));
        }
    }

    @Builtin(name = "rfind", signature = "(self, sub, start=_, end=_, /)")
    @GenerateNodeFactory
    public abstract static class RFindNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object rfind(Object self, Object sub, Object start, Object end) {
            return StrMethods.rfind(latin1(self, "rfind"), subArg(sub), BuiltinHelpers.startArg(start), BuiltinHelpers.endArg(end));
        }
    }

    @Builtin(name = "index", signature = "(self, sub, start=_, end=_, /)")
    @GenerateNodeFactory
    public abstract static class IndexNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object index(Object self, Object sub, Object start, Object end) {
            long at = StrMethods.find(latin1(self, "index"), subArg(sub), BuiltinHelpers.startArg(start), BuiltinHelpers.endArg(end));
            if (at < 0) {
                throw PyErrors.valueError(null, "subsection not found");
            }
            return at;
        }
    }

    @Builtin(name = "rindex", signature = "(self, sub, start=_, end=_, /)")
    @GenerateNodeFactory
    public abstract static class RIndexNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object rindex(Object self, Object sub, Object start, Object end) {
            long at = StrMethods.rfind(latin1(self, "rindex"), subArg(sub), BuiltinHelpers.startArg(start), BuiltinHelpers.endArg(end));
            if (at < 0) {
                throw PyErrors.valueError(null, "subsection not found");
            }
            return at;
        }
    }

    @Builtin(name = "count", signature = "(self, sub, start=_, end=_, /)")
    @GenerateNodeFactory
    public abstract static class CountNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object count(Object self, Object sub, Object start, Object end) {
            return StrMethods.count(latin1(self, "count"), subArg(sub), BuiltinHelpers.startArg(start), BuiltinHelpers.endArg(end));
        }
    }

    @TruffleBoundary
    static String[] affixes(Object arg, String method) {
        if (arg instanceof PyTuple t) {
            String[] result = new String[t.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = arg(t.get(i));
            }
            return result;
        }
        if (BytesBuiltins.bytesOrNull(arg) == null) {
            throw PyErrors.typeError(null, "%s first arg must be bytes or a tuple of bytes, not %s", method, BuiltinHelpers.typeName(arg));
        }
        return new String[]{arg(arg)};
    }

    @Builtin(name = "startswith", signature = "(self, prefix, start=_, end=_, /)")
    @GenerateNodeFactory
    public abstract static class StartsWithNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object startswith(Object self, Object prefix, Object start, Object end) {
            return StrMethods.startsWith(latin1(self, "startswith"), affixes(prefix, "startswith"), BuiltinHelpers.startArg(start),
                            BuiltinHelpers.endArg(end));
        }
    }

    @Builtin(name = "endswith", signature = "(self, suffix, start=_, end=_, /)")
    @GenerateNodeFactory
    public abstract static class EndsWithNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object endswith(Object self, Object suffix, Object start, Object end) {
            return StrMethods.endsWith(latin1(self, "endswith"), affixes(suffix, "endswith"), BuiltinHelpers.startArg(start),
                            BuiltinHelpers.endArg(end));
        }
    }

    @Builtin(name = "replace", signature = "(self, old, new, count=-1, /)")
    @GenerateNodeFactory
    public abstract static class ReplaceNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object replace(Object self, Object old, Object replacement, Object count) {
            String s = latin1(self, "replace");
            String o = arg(old);
            String r = arg(replacement);
            long n = BuiltinHelpers.asSize(count);
            return like(self, StrBuiltins.guarded(() -> StrMethods.replace(s, o, r, n)));
        }
    }

    /** The fill byte of center/ljust/rjust, as a one-char Latin-1 string (null for the default space). */
    @TruffleBoundary
    static String fillArg(Object fill, String method) {
        if (fill == PyNone.NO_VALUE) {
            return null;
        }
        byte[] b = BytesBuiltins.bytesOrNull(fill);
        if (b == null || b.length != 1) {
            throw PyErrors.typeError(null, "%s() argument 2 must be a byte string of length 1, not %s", method, BuiltinHelpers.typeName(fill));
        }
        return arg(fill);
    }

    @Builtin(name = "center", signature = "(self, width, fillchar=_, /)")
    @GenerateNodeFactory
    public abstract static class CenterNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object center(Object self, Object width, Object fill) {
            return like(self, StrMethods.center(latin1(self, "center"), BuiltinHelpers.asSize(width), fillArg(fill, "center")));
        }
    }

    @Builtin(name = "ljust", signature = "(self, width, fillchar=_, /)")
    @GenerateNodeFactory
    public abstract static class LjustNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object ljust(Object self, Object width, Object fill) {
            return like(self, StrMethods.ljust(latin1(self, "ljust"), BuiltinHelpers.asSize(width), fillArg(fill, "ljust")));
        }
    }

    @Builtin(name = "rjust", signature = "(self, width, fillchar=_, /)")
    @GenerateNodeFactory
    public abstract static class RjustNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object rjust(Object self, Object width, Object fill) {
            return like(self, StrMethods.rjust(latin1(self, "rjust"), BuiltinHelpers.asSize(width), fillArg(fill, "rjust")));
        }
    }

    @Builtin(name = "zfill", signature = "(self, width, /)")
    @GenerateNodeFactory
    public abstract static class ZfillNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object zfill(Object self, Object width) {
            return like(self, StrMethods.zfill(latin1(self, "zfill"), BuiltinHelpers.asSize(width)));
        }
    }

    @Builtin(name = "removeprefix", signature = "(self, prefix, /)")
    @GenerateNodeFactory
    public abstract static class RemovePrefixNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object removeprefix(Object self, Object prefix) {
            return like(self, StrMethods.removeprefix(latin1(self, "removeprefix"), arg(prefix)));
        }
    }

    @Builtin(name = "removesuffix", signature = "(self, suffix, /)")
    @GenerateNodeFactory
    public abstract static class RemoveSuffixNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object removesuffix(Object self, Object suffix) {
            return like(self, StrMethods.removesuffix(latin1(self, "removesuffix"), arg(suffix)));
        }
    }

    /** {@code translate(table, delete=b'')}: drop the bytes in delete, map the rest through a 256-byte table (None: keep). */
    @Builtin(name = "translate", signature = "(self, table, /, delete=_)")
    @GenerateNodeFactory
    public abstract static class TranslateNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object translate(Object self, Object table, Object delete) {
            String s = latin1(self, "translate");
            String map = table == PyNone.NONE ? null : arg(table);
            if (map != null && map.length() != 256) {
                throw PyErrors.valueError(null, "translation table must be 256 characters long");
            }
            String drop = delete == PyNone.NO_VALUE ? "" : arg(delete);
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (drop.indexOf(c) < 0) {
                    sb.append(map == null ? c : map.charAt(c));
                }
            }
            return like(self, sb.toString());
        }
    }
}
