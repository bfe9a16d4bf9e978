package pyt.builtins;

import java.io.ByteArrayOutputStream;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.nodes.lib.Sequences;
import pyt.runtime.PyByteArray;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PySlice;
import pyt.runtime.PyType;

/**
 * What {@code bytearray} adds to the methods it shares with bytes (BytesBuiltins,
 * BytesTextBuiltins): construction in {@code __init__}, item and slice assignment, and the
 * list-like mutators. It is unhashable.
 */
@BuiltinClass(name = "bytearray")
public final class ByteArrayBuiltins {
    private ByteArrayBuiltins() {
    }

    static PyByteArray self(Object self, String method) {
        if (self instanceof PyByteArray a) {
            return a;
        }
        throw BuiltinHelpers.descriptorError(method, "bytearray", self);
    }

    /** An int in range(256), as CPython checks a value stored into a bytearray. */
    @TruffleBoundary
    static int byteValue(Object value) {
        Object v = BuiltinHelpers.indexOrNull(value);
        if (v == null) {
            throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", BuiltinHelpers.typeName(value));
        }
        if (!(v instanceof Long l) || l < 0 || l > 255) {
            throw PyErrors.valueError(null, "byte must be in range(0, 256)");
        }
        return (int) (long) l;
    }

    /** The bytes a slice assignment or extend() takes: a bytes-like object or an iterable of ints. */
    @TruffleBoundary
    static byte[] source(Object value) {
        byte[] b = BytesBuiltins.bytesOrNull(value);
        if (b != null) {
            return b;
        }
        if (value instanceof Long || value instanceof Boolean || value instanceof java.math.BigInteger) {
            throw PyErrors.typeError(null, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        return BytesBuiltins.fromIterable(value);
    }

    @Builtin(name = "__new__", signature = "(cls, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, @SuppressWarnings("unused") Object args, @SuppressWarnings("unused") Object kwargs) {
            if (!(cls instanceof PyType t) || t != BuiltinHelpers.types().bytearray) {
                throw PyErrors.typeError(null, "bytearray.__new__(X): X is not bytearray");
            }
            return new PyByteArray(new byte[0]);
        }
    }

    @Builtin(name = "__init__", signature = "(self, source=_, encoding=_, errors=_)")
    @GenerateNodeFactory
    public abstract static class InitNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object source, Object encoding, Object errors) {
            PyByteArray a = self(self, "__init__");
            a.replace(0, a.size(), BytesConstructor.contents(source, encoding, errors, "bytearray"));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__hash__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object hash(Object self) {
            throw PyErrors.typeError(null, "unhashable type: '%s'", BuiltinHelpers.typeName(self));
        }
    }

    @Builtin(name = "__setitem__", signature = "(self, key, value, /)")
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object setitem(Object self, Object key, Object value) {
            PyByteArray a = self(self, "__setitem__");
            if (!(key instanceof PySlice s)) {
                a.set(Sequences.index(key, a.size(), "bytearray"), byteValue(value));
                return PyNone.NONE;
            }
            byte[] with = source(value);
            PySlice.Indices ind = s.indices(a.size());
            if (ind.step() == 1) {
                int start = (int) ind.start();
                a.replace(start, Math.max(start, (int) ind.stop()), with);
            } else if (with.length != ind.length()) {
                throw PyErrors.valueError(null, "attempt to assign bytes of size %d to extended slice of size %d", with.length, ind.length());
            } else {
                for (long i = 0, j = ind.start(); i < ind.length(); i++, j += ind.step()) {
                    a.set((int) j, with[(int) i] & 0xFF);
                }
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object delitem(Object self, Object key) {
            PyByteArray a = self(self, "__delitem__");
            if (!(key instanceof PySlice s)) {
                int i = Sequences.index(key, a.size(), "bytearray");
                a.replace(i, i + 1, new byte[0]);
                return PyNone.NONE;
            }
            PySlice.Indices ind = s.indices(a.size());
            boolean[] gone = new boolean[a.size()];
            for (long i = 0, j = ind.start(); i < ind.length(); i++, j += ind.step()) {
                gone[(int) j] = true;
            }
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            for (int i = 0; i < gone.length; i++) {
                if (!gone[i]) {
                    kept.write(a.get(i));
                }
            }
            a.replace(0, a.size(), kept.toByteArray());
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__iadd__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class IAddNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object iadd(Object self, Object value) {
            PyByteArray a = self(self, "__iadd__");
            byte[] b = BytesBuiltins.bytesOrNull(value);
            if (b == null) {
                throw PyErrors.typeError(null, "can't concat %s to bytearray", BuiltinHelpers.typeName(value));
            }
            a.replace(a.size(), a.size(), b);
            return a;
        }
    }

    @Builtin(name = "append", signature = "(self, item, /)")
    @GenerateNodeFactory
    public abstract static class AppendNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object append(Object self, Object item) {
            self(self, "append").append(byteValue(item));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "extend", signature = "(self, iterable_of_ints, /)")
    @GenerateNodeFactory
    public abstract static class ExtendNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object extend(Object self, Object iterable) {
            PyByteArray a = self(self, "extend");
            a.replace(a.size(), a.size(), source(iterable));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "insert", signature = "(self, index, item, /)")
    @GenerateNodeFactory
    public abstract static class InsertNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object insert(Object self, Object index, Object item) {
            PyByteArray a = self(self, "insert");
            long i = BuiltinHelpers.asClampedSize(index);
            int n = a.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            int at = (int) Math.min(i, n);
            a.replace(at, at, new byte[]{(byte) byteValue(item)});
            return PyNone.NONE;
        }
    }

    @Builtin(name = "pop", signature = "(self, index=-1, /)")
    @GenerateNodeFactory
    public abstract static class PopNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object pop(Object self, Object index) {
            PyByteArray a = self(self, "pop");
            if (a.size() == 0) {
                throw PyErrors.raise(null, pyt.runtime.PyErr.IndexError, "pop from empty bytearray");
            }
            long i = BuiltinHelpers.asClampedSize(index);
            if (i < 0) {
                i += a.size();
            }
            if (i < 0 || i >= a.size()) {
                throw PyErrors.raise(null, pyt.runtime.PyErr.IndexError, "pop index out of range");
            }
            long v = a.get((int) i);
            a.replace((int) i, (int) i + 1, new byte[0]);
            return v;
        }
    }

    @Builtin(name = "remove", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class RemoveNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object remove(Object self, Object value) {
            PyByteArray a = self(self, "remove");
            int v = byteValue(value);
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) == v) {
                    a.replace(i, i + 1, new byte[0]);
                    return PyNone.NONE;
                }
            }
            throw PyErrors.valueError(null, "value not found in bytearray");
        }
    }

    @Builtin(name = "clear", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ClearNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object clear(Object self) {
            PyByteArray a = self(self, "clear");
            a.replace(0, a.size(), new byte[0]);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "copy", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CopyNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object copy(Object self) {
            return new PyByteArray(self(self, "copy").bytes());
        }
    }

    @Builtin(name = "reverse", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReverseNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object reverse(Object self) {
            PyByteArray a = self(self, "reverse");
            for (int i = 0, j = a.size() - 1; i < j; i++, j--) {
                int t = a.get(i);
                a.set(i, a.get(j));
                a.set(j, t);
            }
            return PyNone.NONE;
        }
    }
}
