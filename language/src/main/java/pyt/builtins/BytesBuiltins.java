package pyt.builtins;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.lib.Iteration;
import pyt.nodes.lib.Sequences;
import pyt.parser.ast.Expr;
import pyt.runtime.PyBytes;
import pyt.runtime.PyErrors;
import pyt.runtime.PyIterator;
import pyt.runtime.PyNone;
import pyt.runtime.PySingleton;
import pyt.runtime.PySlice;
import pyt.runtime.PyStrings;
import pyt.runtime.PyType;

/** A minimal {@code bytes}: construction, repr, decode, indexing, comparison and concatenation. */
@BuiltinClass(name = "bytes")
public final class BytesBuiltins {
    private BytesBuiltins() {
    }

    static byte[] bytes(Object self, String method) {
        if (self instanceof PyBytes b) {
            return b.bytes();
        }
        throw BuiltinHelpers.descriptorError(method, "bytes", self);
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

    @Builtin(name = "__new__", signature = "(cls, source=_, encoding=_, errors=_)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object create(Object cls, Object source, Object encoding, Object errors) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(BuiltinHelpers.types().bytes)) {
                throw PyErrors.typeError(null, "bytes.__new__(X): X is not a subtype of bytes");
            }
            if (t != BuiltinHelpers.types().bytes) {
                throw PyErrors.raise(null, pyt.runtime.PyErr.NotImplementedError, "bytes.__new__: subclasses of bytes are not supported yet");
            }
            if (source == PyNone.NO_VALUE) {
                return new PyBytes(new byte[0]);
            }
            if (source instanceof TruffleString s) {
                if (encoding == PyNone.NO_VALUE) {
                    throw PyErrors.typeError(null, "string argument without an encoding");
                }
                String err = errors == PyNone.NO_VALUE ? "strict" : BuiltinHelpers.str(errors, "bytes() argument 'errors'");
                return new PyBytes(StrFormatBuiltins.encode(PyStrings.toJava(s), BuiltinHelpers.str(encoding, "bytes() argument 'encoding'"), err));
            }
            if (encoding != PyNone.NO_VALUE || errors != PyNone.NO_VALUE) {
                throw PyErrors.typeError(null, encoding != PyNone.NO_VALUE ? "encoding without a string argument" : "errors without a string argument");
            }
            if (source instanceof PyBytes b) {
                return b;
            }
            if (source instanceof Long || source instanceof BigInteger || source instanceof Boolean) {
                long n = BuiltinHelpers.asSize(source);
                if (n < 0) {
                    throw PyErrors.valueError(null, "negative count");
                }
                return new PyBytes(new byte[(int) n]);
            }
            return new PyBytes(fromIterable(source));
        }
    }

    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object repr(Object self) {
            return PyStrings.of(BytesBuiltins.repr(bytes(self, "__repr__")));
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

    @Builtin(name = "hex", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HexNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object hex(Object self) {
            StringBuilder sb = new StringBuilder();
            for (byte b : bytes(self, "hex")) {
                sb.append(String.format("%02x", b & 0xFF));
            }
            return PyStrings.of(sb.toString());
        }
    }

    @Builtin(name = "__len__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class LenNode extends PytBuiltinNode.Unary {
        @Specialization
        static long len(Object self) {
            return bytes(self, "__len__").length;
        }
    }

    @Builtin(name = "__getitem__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object getitem(Object self, Object key) {
            byte[] b = bytes(self, "__getitem__");
            if (key instanceof PySlice s) {
                PySlice.Indices ind = s.indices(b.length);
                byte[] result = new byte[(int) ind.length()];
                for (long i = 0, j = ind.start(); i < ind.length(); i++, j += ind.step()) {
                    result[(int) i] = b[(int) j];
                }
                return new PyBytes(result);
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
            return new PyIterator.ArrayIterator(items, items.length);
        }
    }

    @Builtin(name = "__contains__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static boolean contains(Object self, Object key) {
            byte[] b = bytes(self, "__contains__");
            if (key instanceof PyBytes sub) {
                byte[] s = sub.bytes();
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
            if (!(value instanceof PyBytes b)) {
                throw PyErrors.typeError(null, "can't concat %s to bytes", BuiltinHelpers.typeName(value));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.bytes().length);
            out.writeBytes(a);
            out.writeBytes(b.bytes());
            return new PyBytes(out.toByteArray());
        }
    }

    @Builtin(name = "__mul__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class MulNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object mul(Object self, Object value) {
            byte[] a = bytes(self, "__mul__");
            long n = Math.max(0, BuiltinHelpers.asClampedSize(value));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (long i = 0; i < n; i++) {
                out.writeBytes(a);
            }
            return new PyBytes(out.toByteArray());
        }
    }

    @TruffleBoundary
    static Object compare(Object self, Object other, Expr.CmpOpKind op) {
        byte[] a = bytes(self, "__eq__");
        if (!(other instanceof PyBytes o)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        int c = Arrays.compareUnsigned(a, o.bytes());
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

    @Builtin(name = "__hash__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends PytBuiltinNode.Unary {
        @Specialization
        static long hash(Object self) {
            return Arrays.hashCode(bytes(self, "__hash__"));
        }
    }
}
