package pyt.builtins;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.lib.PyIterNextNode;
import pyt.nodes.lib.PyObjectGetIterNode;
import pyt.nodes.str.StrAsciiCaseNode;
import pyt.nodes.str.StrJoinNode;
import pyt.nodes.str.StrReplaceNode;
import pyt.nodes.str.StrSplitLinesNode;
import pyt.nodes.str.StrSplitLinesNodeGen;
import pyt.nodes.str.StrSplitNode;
import pyt.nodes.str.StrSplitNodeGen;
import pyt.nodes.str.StrStripNode;
import pyt.nodes.str.StrStripNodeGen;
import pyt.runtime.PyBoxedValue;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.SubclassableValue;
import pyt.runtime.text.StrCase;
import pyt.runtime.text.StrMethods;
import pyt.runtime.text.StrSplit;

/** Methods of {@code str} that make new strings: case, padding, stripping, splitting, joining, replacing. */
@BuiltinClass(name = "str")
public final class StrTextBuiltins {
    private StrTextBuiltins() {
    }

    private static String self(Object self, String method) {
        return StrBuiltins.self(self, method);
    }

    private static TruffleString str(String s) {
        return PyStrings.of(s);
    }

    @TruffleBoundary
    static PyList toList(List<String> parts) {
        Object[] items = new Object[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStrings.of(parts.get(i));
        }
        return new PyList(items);
    }

    // ---- case ----

    @Builtin(name = "upper", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class UpperNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object upper(TruffleString self, @Cached StrAsciiCaseNode ascii) {
            TruffleString r = ascii.execute(self, true);
            return r != null ? r : unicodeUpper(self);
        }

        @TruffleBoundary
        private static Object unicodeUpper(TruffleString self) {
            return str(StrCase.upper(PyStrings.toJava(self)));
        }

        @Fallback
        static Object upper(Object self) {
            return str(StrCase.upper(self(self, "upper")));
        }
    }

    @Builtin(name = "lower", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class LowerNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object lower(TruffleString self, @Cached StrAsciiCaseNode ascii) {
            TruffleString r = ascii.execute(self, false);
            return r != null ? r : unicodeLower(self);
        }

        @TruffleBoundary
        private static Object unicodeLower(TruffleString self) {
            return str(StrCase.lower(PyStrings.toJava(self)));
        }

        @Fallback
        static Object lower(Object self) {
            return str(StrCase.lower(self(self, "lower")));
        }
    }

    @Builtin(name = "casefold", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CasefoldNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object casefold(Object self) {
            return str(StrCase.casefold(self(self, "casefold")));
        }
    }

    @Builtin(name = "swapcase", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class SwapcaseNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object swapcase(Object self) {
            return str(StrCase.swapcase(self(self, "swapcase")));
        }
    }

    @Builtin(name = "capitalize", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CapitalizeNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object capitalize(Object self) {
            return str(StrCase.capitalize(self(self, "capitalize")));
        }
    }

    @Builtin(name = "title", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class TitleNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object title(Object self) {
            return str(StrCase.title(self(self, "title")));
        }
    }

    // ---- predicates ----

    @Builtin(name = "isalnum", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsAlnumNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean test(Object self) {
            return StrCase.isalnum(self(self, "isalnum"));
        }
    }

    @Builtin(name = "isalpha", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsAlphaNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean test(Object self) {
            return StrCase.isalpha(self(self, "isalpha"));
        }
    }

    @Builtin(name = "isascii", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsAsciiNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean test(Object self) {
            return StrCase.isascii(self(self, "isascii"));
        }
    }

    @Builtin(name = "isdecimal", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsDecimalNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean test(Object self) {
            return StrCase.isdecimal(self(self, "isdecimal"));
        }
    }

    @Builtin(name = "isdigit", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsDigitNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean test(Object self) {
            return StrCase.isdigit(self(self, "isdigit"));
        }
    }

    @Builtin(name = "isnumeric", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsNumericNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean test(Object self) {
            return StrCase.isnumeric(self(self, "isnumeric"));
        }
    }

    @Builtin(name = "isspace", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsSpaceNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean test(Object self) {
            return StrCase.isspace(self(self, "isspace"));
        }
    }

    @Builtin(name = "isprintable", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsPrintableNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean test(Object self) {
            return StrCase.isprintable(self(self, "isprintable"));
        }
    }

    @Builtin(name = "isidentifier", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsIdentifierNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean test(Object self) {
            return StrCase.isidentifier(self(self, "isidentifier"));
        }
    }

    @Builtin(name = "islower", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsLowerNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean test(Object self) {
            return StrCase.islower(self(self, "islower"));
        }
    }

    @Builtin(name = "isupper", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsUpperNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean test(Object self) {
            return StrCase.isupper(self(self, "isupper"));
        }
    }

    @Builtin(name = "istitle", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsTitleNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean test(Object self) {
            return StrCase.istitle(self(self, "istitle"));
        }
    }

    // ---- padding ----

    @TruffleBoundary
    static String fillArg(Object fill) {
        if (fill == PyNone.NO_VALUE) {
            return null;
        }
        if (!(PyBoxedValue.unbox(fill) instanceof TruffleString s)) {
            throw PyErrors.typeError(null, "The fill character must be a unicode character, not %s", BuiltinHelpers.typeName(fill));
        }
        return PyStrings.toJava(s);
    }

    @Builtin(name = "center", signature = "(self, width, fillchar=_, /)")
    @GenerateNodeFactory
    public abstract static class CenterNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object center(Object self, Object width, Object fill) {
            String s = self(self, "center");
            long w = BuiltinHelpers.asSize(width);
            String f = fillArg(fill);
            return str(StrBuiltins.guarded(() -> StrMethods.center(s, w, f)));
        }
    }

    @Builtin(name = "ljust", signature = "(self, width, fillchar=_, /)")
    @GenerateNodeFactory
    public abstract static class LjustNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object ljust(Object self, Object width, Object fill) {
            String s = self(self, "ljust");
            long w = BuiltinHelpers.asSize(width);
            String f = fillArg(fill);
            return str(StrBuiltins.guarded(() -> StrMethods.ljust(s, w, f)));
        }
    }

    @Builtin(name = "rjust", signature = "(self, width, fillchar=_, /)")
    @GenerateNodeFactory
    public abstract static class RjustNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object rjust(Object self, Object width, Object fill) {
            String s = self(self, "rjust");
            long w = BuiltinHelpers.asSize(width);
            String f = fillArg(fill);
            return str(StrBuiltins.guarded(() -> StrMethods.rjust(s, w, f)));
        }
    }

    @Builtin(name = "zfill", signature = "(self, width, /)")
    @GenerateNodeFactory
    public abstract static class ZfillNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object zfill(Object self, Object width) {
            String s = self(self, "zfill");
            long w = BuiltinHelpers.asSize(width);
            return str(StrBuiltins.guarded(() -> StrMethods.zfill(s, w)));
        }
    }

    @Builtin(name = "expandtabs", signature = "(self, tabsize=8)")
    @GenerateNodeFactory
    public abstract static class ExpandtabsNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object expandtabs(Object self, Object tabsize) {
            String s = self(self, "expandtabs");
            long t = BuiltinHelpers.asSize(tabsize);
            return str(StrBuiltins.guarded(() -> StrMethods.expandtabs(s, t)));
        }
    }

    // ---- stripping ----

    /** The {@code chars} of strip, lstrip and rstrip: null for None (strip whitespace). */
    @TruffleBoundary
    static TruffleString charsArg(Object chars, String method) {
        if (chars == PyNone.NO_VALUE || chars == PyNone.NONE) {
            return null;
        }
        if (!(PyBoxedValue.unbox(chars) instanceof TruffleString s)) {
            throw PyErrors.typeError(null, "%s arg must be None or str", method);
        }
        return s;
    }

    @TruffleBoundary
    static Object strip(Object self, Object chars, String method, boolean left, boolean right) {
        return StrStripNodeGen.getUncached().execute(StrBuiltins.selfString(self, method), charsArg(chars, method), left, right);
    }

    @Builtin(name = "strip", signature = "(self, chars=None, /)")
    @GenerateNodeFactory
    public abstract static class StripNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object strip(TruffleString self, TruffleString chars, @Shared @Cached StrStripNode strip) {
            return strip.execute(self, chars, true, true);
        }

        @Specialization(guards = "chars == NONE")
        static Object strip(TruffleString self, @SuppressWarnings("unused") Object chars, @Shared @Cached StrStripNode strip) {
            return strip.execute(self, null, true, true);
        }

        @Fallback
        static Object strip(Object self, Object chars) {
            return StrTextBuiltins.strip(self, chars, "strip", true, true);
        }
    }

    @Builtin(name = "lstrip", signature = "(self, chars=None, /)")
    @GenerateNodeFactory
    public abstract static class LstripNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object lstrip(Object self, Object chars) {
            return StrTextBuiltins.strip(self, chars, "lstrip", true, false);
        }
    }

    @Builtin(name = "rstrip", signature = "(self, chars=None, /)")
    @GenerateNodeFactory
    public abstract static class RstripNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object rstrip(Object self, Object chars) {
            return StrTextBuiltins.strip(self, chars, "rstrip", false, true);
        }
    }

    @Builtin(name = "removeprefix", signature = "(self, prefix, /)")
    @GenerateNodeFactory
    public abstract static class RemovePrefixNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object removeprefix(Object self, Object prefix) {
            String s = self(self, "removeprefix");
            return str(StrMethods.removeprefix(s, BuiltinHelpers.str(prefix, "removeprefix() argument")));
        }
    }

    @Builtin(name = "removesuffix", signature = "(self, suffix, /)")
    @GenerateNodeFactory
    public abstract static class RemoveSuffixNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object removesuffix(Object self, Object suffix) {
            String s = self(self, "removesuffix");
            return str(StrMethods.removesuffix(s, BuiltinHelpers.str(suffix, "removesuffix() argument")));
        }
    }

    // ---- splitting and joining ----

    /** The separator of split and rsplit: null for None (split on whitespace). */
    @TruffleBoundary
    static TruffleString sepArg(Object sep) {
        if (sep == PyNone.NONE || sep == PyNone.NO_VALUE) {
            return null;
        }
        if (!(PyBoxedValue.unbox(sep) instanceof TruffleString s)) {
            throw PyErrors.typeError(null, "must be str or None, not %s", BuiltinHelpers.typeName(sep));
        }
        return s;
    }

    @Builtin(name = "split", signature = "(self, /, sep=None, maxsplit=-1)")
    @GenerateNodeFactory
    public abstract static class SplitNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object split(TruffleString self, TruffleString sep, long maxsplit, @Shared @Cached StrSplitNode split) {
            return split.execute(self, sep, maxsplit);
        }

        @Specialization(guards = "sep == NONE")
        static Object split(TruffleString self, @SuppressWarnings("unused") Object sep, long maxsplit, @Shared @Cached StrSplitNode split) {
            return split.execute(self, null, maxsplit);
        }

        @Fallback
        @TruffleBoundary
        static Object split(Object self, Object sep, Object maxsplit) {
            TruffleString s = StrBuiltins.selfString(self, "split");
            TruffleString separator = sepArg(sep);
            return StrSplitNodeGen.getUncached().execute(s, separator, BuiltinHelpers.asSize(maxsplit));
        }
    }

    @Builtin(name = "rsplit", signature = "(self, /, sep=None, maxsplit=-1)")
    @GenerateNodeFactory
    public abstract static class RSplitNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object rsplit(Object self, Object sep, Object maxsplit) {
            String s = self(self, "rsplit");
            TruffleString sepString = sepArg(sep);
            String separator = sepString == null ? null : PyStrings.toJava(sepString);
            long max = BuiltinHelpers.asSize(maxsplit);
            return toList(StrBuiltins.guarded(() -> StrSplit.rsplit(s, separator, max)));
        }
    }

    @Builtin(name = "splitlines", signature = "(self, /, keepends=False)")
    @GenerateNodeFactory
    public abstract static class SplitlinesNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object splitlines(TruffleString self, boolean keepends, @Cached StrSplitLinesNode splitlines) {
            return splitlines.execute(self, keepends);
        }

        @Fallback
        @TruffleBoundary
        static Object splitlines(Object self, Object keepends) {
            TruffleString s = StrBuiltins.selfString(self, "splitlines");
            if (keepends instanceof Double) {
                throw PyErrors.typeError(null, "'float' object cannot be interpreted as an integer");
            }
            return StrSplitLinesNodeGen.getUncached().execute(s, BuiltinHelpers.isTrue(keepends));
        }
    }

    @Builtin(name = "partition", signature = "(self, sep, /)")
    @GenerateNodeFactory
    public abstract static class PartitionNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object partition(Object self, Object sep) {
            String s = self(self, "partition");
            String t = StrBuiltins.subArg(sep);
            String[] parts = StrBuiltins.guarded(() -> StrMethods.partition(s, t));
            return PyTuple.of(str(parts[0]), str(parts[1]), str(parts[2]));
        }
    }

    @Builtin(name = "rpartition", signature = "(self, sep, /)")
    @GenerateNodeFactory
    public abstract static class RPartitionNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object rpartition(Object self, Object sep) {
            String s = self(self, "rpartition");
            String t = StrBuiltins.subArg(sep);
            String[] parts = StrBuiltins.guarded(() -> StrMethods.rpartition(s, t));
            return PyTuple.of(str(parts[0]), str(parts[1]), str(parts[2]));
        }
    }

    @Builtin(name = "join", signature = "(self, iterable, /)")
    @GenerateNodeFactory
    @ImportStatic(SubclassableValue.class)
    public abstract static class JoinNode extends PytBuiltinNode.Binary {
        @Specialization(guards = "isExact(list)")
        static Object join(TruffleString self, PyList list, @Shared @Cached StrJoinNode join) {
            TruffleString joined = join.execute(self, list.rawItems(), list.size());
            return joined != null ? joined : joinIterable(self, list);
        }

        @Specialization(guards = "isExact(tuple)")
        static Object join(TruffleString self, PyTuple tuple, @Shared @Cached StrJoinNode join) {
            TruffleString joined = join.execute(self, tuple.items(), tuple.size());
            return joined != null ? joined : joinIterable(self, tuple);
        }

        @Fallback
        static Object join(Object self, Object iterable) {
            return joinIterable(self, iterable);
        }

        /** The general join: any iterable, items that are str subclasses, CPython's errors. */
        @TruffleBoundary
        private static Object joinIterable(Object self, Object iterable) {
            String sep = self(self, "join");
            Object it;
            try {
                it = PyObjectGetIterNode.getIterUncached(iterable);
            } catch (PyException e) {
                if (e.getPyType() == BuiltinHelpers.types().TypeError) {
                    throw PyErrors.typeError(null, "can only join an iterable");
                }
                throw e;
            }
            List<String> parts = new ArrayList<>();
            Object item;
            while ((item = PyIterNextNode.next(it)) != null) {
                if (!(PyBoxedValue.unbox(item) instanceof TruffleString s)) {
                    throw PyErrors.typeError(null, "%s", StrMethods.joinTypeError(parts.size(), BuiltinHelpers.typeName(item)));
                }
                parts.add(PyStrings.toJava(s));
            }
            return str(StrMethods.join(sep, parts));
        }
    }

    @Builtin(name = "replace", signature = "(self, old, new, count=-1, /)")
    @GenerateNodeFactory
    public abstract static class ReplaceNode extends PytBuiltinNode.Quaternary {
        @Specialization(guards = "!isEmpty(old)")
        static Object replace(TruffleString self, TruffleString old, TruffleString replacement, long count, @Cached StrReplaceNode replace) {
            return replace.execute(self, old, replacement, count);
        }

        static boolean isEmpty(TruffleString s) {
            return s.isEmpty();
        }

        @Fallback
        @TruffleBoundary
        static Object replace(Object self, Object old, Object replacement, Object count) {
            String s = self(self, "replace");
            String o = BuiltinHelpers.str(old, "replace() argument 1");
            String r = BuiltinHelpers.str(replacement, "replace() argument 2");
            long n = BuiltinHelpers.asSize(count);
            return str(StrBuiltins.guarded(() -> StrMethods.replace(s, o, r, n)));
        }
    }
}
