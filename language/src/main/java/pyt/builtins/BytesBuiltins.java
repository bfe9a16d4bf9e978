package pyt.builtins;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.lib.Iteration;
import pyt.nodes.lib.Sequences;
import pyt.parser.ast.Expr;
import pyt.runtime.IteratorKind;
import pyt.runtime.PyByteArray;
import pyt.runtime.PyBytes;
import pyt.runtime.PyErrors;
import pyt.runtime.PyIterator;
import pyt.runtime.PyNone;
import pyt.runtime.PySingleton;
import pyt.runtime.PySlice;
import pyt.runtime.PyStrings;
import pyt.runtime.text.PercentFormat;

/**
 * The methods {@code bytes} and {@code bytearray} share: repr, decode, indexing, comparison and
 * concatenation. A result that is a new byte string has the type of {@code self} ({@link #like}).
 * Construction and hashing differ: BytesConstructor and ByteArrayBuiltins.
 */
@BuiltinClass(name = {"bytes", "bytearray"})
public final class BytesBuiltins {
    private BytesBuiltins() {
    }

    static byte[] bytes(Object self, String method) {
        byte[] b = bytesOrNull(self);
        if (b == null) {
            throw BuiltinHelpers.descriptorError(method, "bytes", self);
        }
        return b;
    }

    /** The contents of a bytes or bytearray (a copy for the latter), or null for anything else. */
    static byte[] bytesOrNull(Object value) {
        if (value instanceof PyBytes b) {
            return b.bytes();
        } else if (value instanceof PyByteArray a) {
            return a.bytes();
        }
        return null;
    }

    /** A new byte string of the same type as {@code self}: bytes or bytearray. */
    static Object like(Object self, byte[] contents) {
        return self instanceof PyByteArray ? new PyByteArray(contents) : new PyBytes(contents);
    }

    /** {@code repr(b)}: {@code b'...'} with CPython's escapes and choice of quotes. */
    @TruffleBoundary
    public static String repr(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(bytes.length + 3).append('b').append(q);
        for (byte x : bytes) {
            int c = x & 0xFF;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7F) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    @TruffleBoundary
    static byte[] fromIterable(Object iterable) {
        Object[] items = Iteration.toArray(iterable);
        byte[] result = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            Object v = BuiltinHelpers.indexOrNull(items[i]);
            if (v == null) {
                throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", BuiltinHelpers.typeName(items[i]));
            }
            if (!(v instanceof Long l) || l < 0 || l > 255) {
                throw PyErrors.valueError(null, "bytes must be in range(0, 256)");
            }
            result[i] = (byte) (long) l;
        }
        return result;
    }

    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object repr(Object self) {
            String r = BytesBuiltins.repr(bytes(self, "__repr__"));
            return PyStrings.of(self instanceof PyByteArray ? "bytearray(" + r + ")" : r);
        }
    }

    @Builtin(name = "decode", signature = "(self, /, encoding='utf-8', errors='strict')")
    @GenerateNodeFactory
    public abstract static class DecodeNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object decode(Object self, Object encoding, Object errors) {
            byte[] b = bytes(self, "decode");
            return PyStrings.of(StrFormatBuiltins.decode(b, BuiltinHelpers.str(encoding, "decode() argument 'encoding'"),
                            BuiltinHelpers.str(errors, "decode() argument 'errors'")));
        }
    }

    /**
     * {@code hex(sep, bytes_per_sep)}: two hex digits a byte, a separator between groups of
     * {@code bytes_per_sep} bytes counted from the right (from the left when negative).
     */
    @Builtin(name = "hex", signature = "(self, sep=_, bytes_per_sep=1)")
    @GenerateNodeFactory
    public abstract static class HexNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object hex(Object self, Object sep, Object bytesPerSep) {
            byte[] b = bytes(self, "hex");
            String separator = "";
            if (sep != PyNone.NO_VALUE) {
                separator = sep instanceof TruffleString t ? PyStrings.toJava(t) : BytesTextBuiltins.arg(sep);
                if (separator.length() != 1) {
                    throw PyErrors.valueError(null, "sep must be length 1.");
                }
            }
            long per = BuiltinHelpers.asSize(bytesPerSep);
            long group = Math.abs(per);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < b.length; i++) {
                // counted from the right the first group may be short; from the left the last one
                long position = per > 0 ? b.length - i : i;
                if (i > 0 && !separator.isEmpty() && group > 0 && position % group == 0) {
                    sb.append(separator);
                }
                sb.append(String.format("%02x", b[i] & 0xFF));
            }
            return PyStrings.of(sb.toString());
        }
    }

    @Builtin(name = "fromhex", signature = "(cls, string, /)", isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class FromHexNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object fromhex(Object cls, Object string) {
            String s = BuiltinHelpers.str(string, "fromhex() argument");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int i = 0;
            while (i < s.length()) {
                if (BytesTextBuiltins.isSpace(s.charAt(i))) {
                    i++;
                    continue;
                }
                int hi = Character.digit(s.charAt(i), 16);
                int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                if (hi < 0 || lo < 0 || s.charAt(i) > 0x7f || s.charAt(i + 1) > 0x7f) {
                    int at = hi < 0 || s.charAt(i) > 0x7f ? i : i + 1;
                    throw PyErrors.valueError(null, "non-hexadecimal number found in fromhex() arg at position %d", at);
                }
                out.write(hi * 16 + lo);
                i += 2;
            }
            byte[] result = out.toByteArray();
            return cls == BuiltinHelpers.types().bytearray ? new PyByteArray(result) : new PyBytes(result);
        }
    }

    @Builtin(name = "__len__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class LenNode extends PytBuiltinNode.Unary {
        @Specialization
        static long len(Object self) {
            // a bytearray's bytes() is a copy: don't make one just to count
            return self instanceof PyByteArray a ? a.size() : bytes(self, "__len__").length;
        }
    }

    @Builtin(name = "__getitem__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object getitem(Object self, Object key) {
            if (self instanceof PyByteArray a && !(key instanceof PySlice)) {
                return (long) a.get(Sequences.index(key, a.size(), "bytearray"));
            }
            byte[] b = bytes(self, "__getitem__");
            if (key instanceof PySlice s) {
                PySlice.Indices ind = s.indices(b.length);
                byte[] result = new byte[(int) ind.length()];
                for (long i = 0, j = ind.start(); i < ind.length(); i++, j += ind.step()) {
                    result[(int) i] = b[(int) j];
                }
                return like(self, result);
            }
            if (BuiltinHelpers.indexOrNull(key) == null) {
                throw PyErrors.typeError(null, "byte indices must be integers or slices, not %s", BuiltinHelpers.typeName(key));
            }
            return (long) (b[Sequences.index(key, b.length, "byte")] & 0xFF);
        }
    }

    @Builtin(name = "__iter__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IterNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object iter(Object self) {
            byte[] b = bytes(self, "__iter__");
            Object[] items = new Object[b.length];
            for (int i = 0; i < b.length; i++) {
                items[i] = (long) (b[i] & 0xFF);
            }
            return new PyIterator.ArrayIterator(items, items.length, self instanceof pyt.runtime.PyByteArray ? IteratorKind.BYTEARRAY : IteratorKind.BYTES);
        }
    }

    @Builtin(name = "__contains__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static boolean contains(Object self, Object key) {
            byte[] b = bytes(self, "__contains__");
            byte[] s = bytesOrNull(key);
            if (s != null) {
                outer: for (int i = 0; i + s.length <= b.length; i++) {
                    for (int j = 0; j < s.length; j++) {
                        if (b[i + j] != s[j]) {
                            continue outer;
                        }
                    }
                    return true;
                }
                return false;
            }
            long v = BuiltinHelpers.asSize(key);
            if (v < 0 || v > 255) {
                throw PyErrors.valueError(null, "byte must be in range(0, 256)");
            }
            for (byte x : b) {
                if ((x & 0xFF) == v) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "__add__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class AddNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object add(Object self, Object value) {
            byte[] a = bytes(self, "__add__");
            byte[] b = bytesOrNull(value);
            if (b == null) {
                throw PyErrors.typeError(null, "can't concat %s to %s", BuiltinHelpers.typeName(value), BuiltinHelpers.typeName(self));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
            out.writeBytes(a);
            out.writeBytes(b);
            return like(self, out.toByteArray());
        }
    }

    @Builtin(name = "__mul__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class MulNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object mul(Object self, Object value) {
            return like(self, repeat(bytes(self, "__mul__"), value));
        }
    }

    @Builtin(name = "__rmul__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class RMulNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object rmul(Object self, Object value) {
            return like(self, repeat(bytes(self, "__rmul__"), value));
        }
    }

    static byte[] repeat(byte[] a, Object times) {
        long n = Math.max(0, BuiltinHelpers.asClampedSize(times));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long i = 0; i < n; i++) {
            out.writeBytes(a);
        }
        return out.toByteArray();
    }

    @TruffleBoundary
    static Object compare(Object self, Object other, Expr.CmpOpKind op) {
        byte[] a = bytes(self, "__eq__");
        byte[] o = bytesOrNull(other);
        if (o == null) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        int c = Arrays.compareUnsigned(a, o);
        return switch (op) {
            case EQ -> c == 0;
            case NOTEQ -> c != 0;
            case LT -> c < 0;
            case LTE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    @Builtin(name = "__eq__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class EqNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object eq(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.EQ);
        }
    }

    @Builtin(name = "__ne__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class NeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ne(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.NOTEQ);
        }
    }

    @Builtin(name = "__lt__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class LtNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object lt(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.LT);
        }
    }

    @Builtin(name = "__le__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class LeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object le(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.LTE);
        }
    }

    @Builtin(name = "__gt__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class GtNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object gt(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.GT);
        }
    }

    @Builtin(name = "__ge__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class GeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ge(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.GTE);
        }
    }

    /**
     * {@code bytes % args}: str's printf formatting on the Latin-1 text of the bytes, where
     * {@code %s} and {@code %b} insert a bytes-like object (or what its {@code __bytes__} returns)
     * and {@code %r} is {@code %a}.
     */
    static final class PercentCallbacks extends StrFormatBuiltins.Callbacks {
        static final PercentCallbacks INSTANCE = new PercentCallbacks();

        @Override
        public String str(Object v) {
            if (bytesOrNull(v) == null) {
                Object convert = BuiltinHelpers.types().typeOf(v).lookup("__bytes__");
                if (convert == null) {
                    throw PyErrors.typeError(null, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                                    BuiltinHelpers.typeName(v));
                }
                v = pyt.nodes.call.CallDispatchNode.callUncached(convert, v);
            }
            return BytesTextBuiltins.arg(v);
        }

        @Override
        public String repr(Object v) {
            return ascii(v);
        }

        @Override
        public String strValue(Object v) {
            return bytesOrNull(v) == null ? null : BytesTextBuiltins.arg(v);
        }

        /** {@code %(key)s}: the key is bytes too. */
        @Override
        public Object getItem(Object mapping, String key) {
            return pyt.nodes.lib.PyObjectGetItemNode.getItemUncached(mapping, new PyBytes(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        }

        @Override
        public boolean bytesTemplate() {
            return true;
        }
    }

    @Builtin(name = "__mod__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class ModNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object mod(Object self, Object value) {
            String template = BytesTextBuiltins.latin1(self, "__mod__");
            String result = StrBuiltins.guarded(() -> PercentFormat.format(template, value, PercentCallbacks.INSTANCE));
            return like(self, result.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }
}
