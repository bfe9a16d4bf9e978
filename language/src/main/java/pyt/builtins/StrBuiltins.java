package pyt.builtins;

import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.lib.PyObjectGetItemNode;
import pyt.nodes.lib.PyObjectGetIterNode;
import pyt.nodes.lib.PyObjectHashNode;
import pyt.nodes.lib.PyObjectStrNode;
import pyt.nodes.str.StrCountNode;
import pyt.nodes.str.StrCountNodeGen;
import pyt.runtime.PyBoxedValue;
import pyt.runtime.PyBytes;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PySingleton;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.numbers.NumericError;
import pyt.runtime.text.CodePoints;
import pyt.runtime.text.StrMethods;
import pyt.runtime.text.StrRepr;
import pyt.runtime.text.TextError;

/**
 * Methods of {@code str}: construction, the special methods and searching. Transformations are
 * in {@link StrTextBuiltins}, formatting in {@link StrFormatBuiltins}; all of them delegate to
 * {@code pyt.runtime.text}.
 */
@BuiltinClass(name = "str")
public final class StrBuiltins {
    private StrBuiltins() {
    }

    /** The receiver's text, or CPython's descriptor TypeError. */
    @TruffleBoundary
    static String self(Object self, String method) {
        return PyStrings.toJava(selfString(self, method));
    }

    /** The receiver, or CPython's descriptor TypeError. */
    static TruffleString selfString(Object self, String method) {
        if (self instanceof TruffleString s) {
            return s;
        }
        throw BuiltinHelpers.descriptorError(method, "str", self);
    }

    static TruffleString str(String s) {
        return PyStrings.of(s);
    }

    /** Runs a text-library operation, turning its errors into Python exceptions. */
    @TruffleBoundary
    static <T> T guarded(Supplier<T> op) {
        try {
            return op.get();
        } catch (TextError e) {
            throw BuiltinHelpers.raise(null, e);
        } catch (NumericError e) {
            throw BuiltinHelpers.raise(null, e);
        }
    }

    /** A str argument of find, count...: {@code must be str, not int}. */
    @TruffleBoundary
    static String subArg(Object value) {
        return PyStrings.toJava(subString(value));
    }

    static TruffleString subString(Object value) {
        if (PyBoxedValue.unbox(value) instanceof TruffleString s) {
            return s;
        }
        throw PyErrors.typeError(null, "must be str, not %s", BuiltinHelpers.typeName(value));
    }

    @Builtin(name = "__new__", signature = "(cls, object=_, encoding=_, errors=_)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Quaternary {
        @Specialization(guards = {"cls == strType", "encoding == NO_VALUE", "errors == NO_VALUE"}, limit = "1")
        static Object fromInt(@SuppressWarnings("unused") PyType cls, long obj, @SuppressWarnings("unused") Object encoding, @SuppressWarnings("unused") Object errors,
                        @SuppressWarnings("unused") @Cached("strType()") PyType strType,
                        @Cached TruffleString.FromLongNode fromLong) {
            // str(int) is its repr, which no class can change
            return fromLong.execute(obj, PyStrings.ENCODING, false);
        }

        @Specialization(guards = {"cls == strType", "encoding == NO_VALUE", "errors == NO_VALUE"}, limit = "1")
        static Object fromStr(@SuppressWarnings("unused") PyType cls, TruffleString obj, @SuppressWarnings("unused") Object encoding, @SuppressWarnings("unused") Object errors,
                        @SuppressWarnings("unused") @Cached("strType()") PyType strType) {
            return obj;
        }

        static PyType strType() {
            return BuiltinHelpers.types().str;
        }

        @Fallback
        @TruffleBoundary
        static Object create(Object cls, Object obj, Object encoding, Object errors) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(BuiltinHelpers.types().str)) {
                throw PyErrors.typeError(null, "str.__new__(X): X is not a subtype of str");
            }
            if (t == BuiltinHelpers.types().str) {
                return value(obj, encoding, errors);
            }
            return new PyBoxedValue(t.getInstanceShape(), PyBoxedValue.unbox(value(obj, encoding, errors)));
        }

        private static Object value(Object obj, Object encoding, Object errors) {
            if (obj == PyNone.NO_VALUE) {
                return PyStrings.EMPTY;
            }
            if (encoding == PyNone.NO_VALUE && errors == PyNone.NO_VALUE) {
                return PyObjectStrNode.str(obj);
            }
            if (!(obj instanceof PyBytes b)) {
                if (obj instanceof TruffleString) {
                    throw PyErrors.typeError(null, "decoding str is not supported");
                }
                throw PyErrors.typeError(null, "decoding to str: need a bytes-like object, %s found", BuiltinHelpers.typeName(obj));
            }
            String enc = encoding == PyNone.NO_VALUE ? "utf-8" : BuiltinHelpers.str(encoding, "str() argument 'encoding'");
            String err = errors == PyNone.NO_VALUE ? "strict" : BuiltinHelpers.str(errors, "str() argument 'errors'");
            return PyStrings.of(StrFormatBuiltins.decode(b.bytes(), enc, err));
        }
    }

    @Builtin(name = "__str__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class StrNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object str(Object self) {
            self(self, "__str__");
            return self;
        }
    }

    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object repr(Object self) {
            return str(StrRepr.repr(self(self, "__repr__")));
        }
    }

    @Builtin(name = "__len__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class LenNode extends PytBuiltinNode.Unary {
        @Specialization
        static long len(TruffleString self, @Cached TruffleString.CodePointLengthNode length) {
            return length.execute(self, PyStrings.ENCODING);
        }

        @Fallback
        static long error(Object self) {
            throw BuiltinHelpers.descriptorError("__len__", "str", self);
        }
    }

    @Builtin(name = "__hash__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends PytBuiltinNode.Unary {
        @Specialization
        static long hash(Object self) {
            self(self, "__hash__");
            return PyObjectHashNode.hashUncached(self);
        }
    }

    @Builtin(name = "__contains__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static boolean contains(Object self, Object key) {
            String s = self(self, "__contains__");
            if (!(PyBoxedValue.unbox(key) instanceof TruffleString k)) {
                throw PyErrors.typeError(null, "'in <string>' requires string as left operand, not %s", BuiltinHelpers.typeName(key));
            }
            return s.contains(PyStrings.toJava(k));
        }
    }

    @Builtin(name = "__getitem__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object getitem(Object self, Object key) {
            self(self, "__getitem__");
            return PyObjectGetItemNode.getItemUncached(self, key);
        }
    }

    @Builtin(name = "__iter__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IterNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object iter(Object self) {
            self(self, "__iter__");
            return PyObjectGetIterNode.getIterUncached(self);
        }
    }

    @Builtin(name = "__add__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class AddNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object add(TruffleString self, TruffleString value, @Cached TruffleString.ConcatNode concat) {
            return concat.execute(self, value, PyStrings.ENCODING, true);
        }

        @Fallback
        @TruffleBoundary
        static Object add(Object self, Object value) {
            String s = self(self, "__add__");
            if (value instanceof PyBoxedValue b && b.value() instanceof TruffleString v) {
                return str(s + PyStrings.toJava(v));
            }
            throw PyErrors.typeError(null, "can only concatenate str (not \"%s\") to str", BuiltinHelpers.typeName(value));
        }
    }

    @TruffleBoundary
    static Object repeat(Object self, Object n, String method) {
        String s = self(self, method);
        long times = BuiltinHelpers.asClampedSize(n);
        if (times > 0 && s.length() > 0 && times > Integer.MAX_VALUE / s.length()) {
            throw PyErrors.raise(null, PyErr.OverflowError, "repeated string is too long");
        }
        return str(guarded(() -> StrMethods.repeat(s, Math.max(0, times))));
    }

    @Builtin(name = "__mul__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class MulNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object mul(Object self, Object n) {
            return repeat(self, n, "__mul__");
        }
    }

    @Builtin(name = "__rmul__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class RMulNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object mul(Object self, Object n) {
            return repeat(self, n, "__rmul__");
        }
    }

    @TruffleBoundary
    static Object compare(Object self, Object other, String method) {
        if (!(self instanceof TruffleString a)) {
            throw BuiltinHelpers.descriptorError(method, "str", self);
        }
        if (!(PyBoxedValue.unbox(other) instanceof TruffleString b)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        int c = a.compareIntsUTF32Uncached(b);
        return switch (method) {
            case "__eq__" -> c == 0;
            case "__ne__" -> c != 0;
            case "__lt__" -> c < 0;
            case "__le__" -> c <= 0;
            case "__gt__" -> c > 0;
            default -> c >= 0;
        };
    }

    @Builtin(name = "__eq__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class EqNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object eq(Object self, Object other) {
            return compare(self, other, "__eq__");
        }
    }

    @Builtin(name = "__ne__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class NeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ne(Object self, Object other) {
            return compare(self, other, "__ne__");
        }
    }

    @Builtin(name = "__lt__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class LtNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object lt(Object self, Object other) {
            return compare(self, other, "__lt__");
        }
    }

    @Builtin(name = "__le__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class LeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object le(Object self, Object other) {
            return compare(self, other, "__le__");
        }
    }

    @Builtin(name = "__gt__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class GtNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object gt(Object self, Object other) {
            return compare(self, other, "__gt__");
        }
    }

    @Builtin(name = "__ge__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class GeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ge(Object self, Object other) {
            return compare(self, other, "__ge__");
        }
    }

    // ---- searching ----

    @Builtin(name = "find", signature = "(self, sub, start=_, end=_, /)")
    @GenerateNodeFactory
    public abstract static class FindNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object find(Object self, Object sub, Object start, Object end) {
            String s = self(self, "find");
            return StrMethods.find(s, subArg(sub), BuiltinHelpers.startArg(start), BuiltinHelpers.endArg(end));
        }
    }

    @Builtin(name = "rfind", signature = "(self, sub, start=_, end=_, /)")
    @GenerateNodeFactory
    public abstract static class RFindNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object rfind(Object self, Object sub, Object start, Object end) {
            String s = self(self, "rfind");
            return StrMethods.rfind(s, subArg(sub), BuiltinHelpers.startArg(start), BuiltinHelpers.endArg(end));
        }
    }

    @Builtin(name = "index", signature = "(self, sub, start=_, end=_, /)")
    @GenerateNodeFactory
    public abstract static class IndexNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object index(Object self, Object sub, Object start, Object end) {
            String s = self(self, "index");
            String t = subArg(sub);
            return guarded(() -> StrMethods.index(s, t, BuiltinHelpers.startArg(start), BuiltinHelpers.endArg(end)));
        }
    }

    @Builtin(name = "rindex", signature = "(self, sub, start=_, end=_, /)")
    @GenerateNodeFactory
    public abstract static class RIndexNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object rindex(Object self, Object sub, Object start, Object end) {
            String s = self(self, "rindex");
            String t = subArg(sub);
            return guarded(() -> StrMethods.rindex(s, t, BuiltinHelpers.startArg(start), BuiltinHelpers.endArg(end)));
        }
    }

    @Builtin(name = "count", signature = "(self, sub, start=_, end=_, /)")
    @GenerateNodeFactory
    public abstract static class CountNode extends PytBuiltinNode.Quaternary {
        @Specialization(guards = {"start == NO_VALUE", "end == NO_VALUE"})
        static long count(TruffleString self, TruffleString sub, @SuppressWarnings("unused") Object start, @SuppressWarnings("unused") Object end,
                        @Cached TruffleString.CodePointLengthNode length,
                        @Cached StrCountNode count) {
            return count.execute(self, sub, 0, length.execute(self, PyStrings.ENCODING));
        }

        @Fallback
        @TruffleBoundary
        static long count(Object self, Object sub, Object start, Object end) {
            TruffleString s = selfString(self, "count");
            TruffleString t = subString(sub);
            int len = PyStrings.length(s);
            // a start past the end counts nothing, as start == len + 1 does
            long from = Math.min(CodePoints.adjustStart(BuiltinHelpers.startArg(start), len), len + 1L);
            long to = CodePoints.adjustEnd(BuiltinHelpers.endArg(end), len);
            return StrCountNodeGen.getUncached().execute(s, t, (int) from, (int) to);
        }
    }

    /** The prefixes of startswith/endswith: one str or a tuple of str. */
    @TruffleBoundary
    static String[] affixes(Object arg, String method) {
        if (PyBoxedValue.unbox(arg) instanceof TruffleString s) {
            return new String[]{PyStrings.toJava(s)};
        }
        if (arg instanceof PyTuple t) {
            String[] result = new String[t.size()];
            for (int i = 0; i < result.length; i++) {
                if (!(PyBoxedValue.unbox(t.get(i)) instanceof TruffleString s)) {
                    throw PyErrors.typeError(null, "tuple for %s must only contain str, not %s", method, BuiltinHelpers.typeName(t.get(i)));
                }
                result[i] = PyStrings.toJava(s);
            }
            return result;
        }
        throw PyErrors.typeError(null, "%s", StrMethods.tailMatchTypeError(method, BuiltinHelpers.typeName(arg)));
    }

    @Builtin(name = "startswith", signature = "(self, prefix, start=_, end=_, /)")
    @GenerateNodeFactory
    public abstract static class StartsWithNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object startswith(Object self, Object prefix, Object start, Object end) {
            String s = self(self, "startswith");
            return StrMethods.startsWith(s, affixes(prefix, "startswith"), BuiltinHelpers.startArg(start), BuiltinHelpers.endArg(end));
        }
    }

    @Builtin(name = "endswith", signature = "(self, suffix, start=_, end=_, /)")
    @GenerateNodeFactory
    public abstract static class EndsWithNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object endswith(Object self, Object suffix, Object start, Object end) {
            String s = self(self, "endswith");
            return StrMethods.endsWith(s, affixes(suffix, "endswith"), BuiltinHelpers.startArg(start), BuiltinHelpers.endArg(end));
        }
    }
}
