package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.nodes.lib.Iteration;
import pyt.nodes.lib.PyObjectGetItemNode;
import pyt.nodes.lib.PyObjectReprNode;
import pyt.nodes.lib.PyObjectSetItemNode;
import pyt.parser.ast.Expr;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyIterator;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.runtime.PySingleton;
import pyt.runtime.PyTuple;
import pyt.runtime.SubclassableValue;
import pyt.runtime.PyType;

/** Methods of {@code list}. */
@BuiltinClass(name = "list")
public final class ListBuiltins {
    private ListBuiltins() {
    }

    static PyList list(Object self, String method) {
        if (self instanceof PyList l) {
            return l;
        }
        throw BuiltinHelpers.descriptorError(method, "list", self);
    }

    @TruffleBoundary
    static void extend(PyList list, Object iterable) {
        Object[] items = Iteration.toArray(iterable);
        list.ensureCapacity(list.size() + items.length);
        for (Object x : items) {
            list.add(x);
        }
    }

    /** {@code seq * n} for an array of items. */
    @TruffleBoundary
    static Object[] repeat(Object[] items, int size, Object n) {
        long times = BuiltinHelpers.asClampedSize(n);
        if (times <= 0 || size == 0) {
            return new Object[0];
        }
        if (times > Integer.MAX_VALUE / size) {
            throw PyErrors.raise(null, PyErr.MemoryError, null);
        }
        Object[] result = new Object[(int) (size * times)];
        for (int i = 0; i < times; i++) {
            System.arraycopy(items, 0, result, i * size, size);
        }
        return result;
    }

    /** CPython's slice-style adjustment of the start and stop arguments of {@code index}. */
    static long clampIndex(Object arg, long size, long dflt) {
        if (arg == PyNone.NO_VALUE) {
            return dflt;
        }
        long i = BuiltinHelpers.asClampedSize(arg);
        if (i < 0) {
            i += size;
            if (i < 0) {
                i = 0;
            }
        }
        return Math.min(i, size);
    }

    @TruffleBoundary
    static long indexOf(Object[] items, int size, Object value, Object start, Object stop) {
        long lo = clampIndex(start, size, 0);
        long hi = clampIndex(stop, size, size);
        for (long i = lo; i < hi && i < size; i++) {
            if (BuiltinHelpers.itemEquals(items[(int) i], value)) {
                return i;
            }
        }
        return -1;
    }

    @TruffleBoundary
    static long count(Object[] items, int size, Object value) {
        long n = 0;
        for (int i = 0; i < size; i++) {
            if (BuiltinHelpers.itemEquals(items[i], value)) {
                n++;
            }
        }
        return n;
    }

    @TruffleBoundary
    static boolean contains(Object[] items, int size, Object value) {
        for (int i = 0; i < size; i++) {
            if (BuiltinHelpers.itemEquals(items[i], value)) {
                return true;
            }
        }
        return false;
    }

    @Builtin(name = "__new__", signature = "(cls, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, @SuppressWarnings("unused") Object args, @SuppressWarnings("unused") Object kwargs) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(BuiltinHelpers.types().list)) {
                throw PyErrors.typeError(null, "list.__new__(X): X is not a subtype of list");
            }
            return pyt.runtime.SubclassableValue.ofClass(new PyList(), t, BuiltinHelpers.types().list);
        }
    }

    @Builtin(name = "__init__", signature = "(self, iterable=_, /)")
    @GenerateNodeFactory
    public abstract static class InitNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object iterable) {
            PyList l = list(self, "__init__");
            if (iterable == PyNone.NO_VALUE) {
                l.clear();
            } else {
                Object[] items = Iteration.toArray(iterable);
                l.setAll(items, items.length);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "append", signature = "(self, object, /)")
    @GenerateNodeFactory
    public abstract static class AppendNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object append(PyList self, Object item) {
            self.add(item);
            return PyNone.NONE;
        }

        @Fallback
        static Object error(Object self, @SuppressWarnings("unused") Object item) {
            throw BuiltinHelpers.descriptorError("append", "list", self);
        }
    }

    @Builtin(name = "extend", signature = "(self, iterable, /)")
    @GenerateNodeFactory
    public abstract static class ExtendNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object extend(Object self, Object iterable) {
            ListBuiltins.extend(list(self, "extend"), iterable);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "insert", signature = "(self, index, object, /)")
    @GenerateNodeFactory
    public abstract static class InsertNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object insert(Object self, Object index, Object item) {
            PyList l = list(self, "insert");
            long i = BuiltinHelpers.asClampedSize(index);
            int n = l.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            l.insert((int) Math.min(i, n), item);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "pop", signature = "(self, index=-1, /)")
    @GenerateNodeFactory
    public abstract static class PopNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object pop(Object self, Object index) {
            PyList l = list(self, "pop");
            long i = BuiltinHelpers.asSize(index);
            int n = l.size();
            if (n == 0) {
                throw PyErrors.raise(null, PyErr.IndexError, "pop from empty list");
            }
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PyErrors.raise(null, PyErr.IndexError, "pop index out of range");
            }
            return l.remove((int) i);
        }
    }

    @Builtin(name = "remove", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class RemoveNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object remove(Object self, Object value) {
            PyList l = list(self, "remove");
            for (int i = 0; i < l.size(); i++) {
                if (BuiltinHelpers.itemEquals(l.get(i), value)) {
                    l.remove(i);
                    return PyNone.NONE;
                }
            }
            throw PyErrors.valueError(null, "list.remove(x): x not in list");
        }
    }

    @Builtin(name = "index", signature = "(self, value, start=_, stop=_, /)")
    @GenerateNodeFactory
    public abstract static class IndexNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object index(Object self, Object value, Object start, Object stop) {
            PyList l = list(self, "index");
            long i = indexOf(l.rawItems(), l.size(), value, start, stop);
            if (i < 0) {
                throw PyErrors.valueError(null, "%s is not in list", PyObjectReprNode.reprUncached(value));
            }
            return i;
        }
    }

    @Builtin(name = "count", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class CountNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object count(Object self, Object value) {
            PyList l = list(self, "count");
            return ListBuiltins.count(l.rawItems(), l.size(), value);
        }
    }

    @Builtin(name = "clear", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ClearNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object clear(Object self) {
            list(self, "clear").clear();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "copy", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CopyNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object copy(Object self) {
            return new PyList(list(self, "copy").toArray());
        }
    }

    @Builtin(name = "reverse", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReverseNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object reverse(Object self) {
            PyList l = list(self, "reverse");
            for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
                Object t = l.get(i);
                l.set(i, l.get(j));
                l.set(j, t);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "sort", signature = "(self, /, *, key=None, reverse=False)")
    @GenerateNodeFactory
    public abstract static class SortNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object sort(Object self, Object key, Object reverse) {
            PyList l = list(self, "sort");
            boolean rev = BuiltinHelpers.isTrue(reverse);
            int n = l.size();
            Object[] items = l.toArray();
            l.clear();
            try {
                BuiltinIterationFunctions.sortArray(items, n, key, rev);
            } finally {
                boolean modified = l.size() != 0;
                l.setAll(items, n);
                if (modified) {
                    throw PyErrors.valueError(null, "list modified during sort");
                }
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__len__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class LenNode extends PytBuiltinNode.Unary {
        @Specialization
        static long len(Object self) {
            return list(self, "__len__").size();
        }
    }

    @Builtin(name = "__getitem__", signature = "(self, index, /)")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object getitem(Object self, Object index) {
            return PyObjectGetItemNode.getBuiltinItem(list(self, "__getitem__"), index);
        }
    }

    @Builtin(name = "__setitem__", signature = "(self, index, value, /)")
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object setitem(Object self, Object index, Object value) {
            PyObjectSetItemNode.setBuiltinItem(list(self, "__setitem__"), index, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", signature = "(self, index, /)")
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object delitem(Object self, Object index) {
            PyObjectSetItemNode.setBuiltinItem(list(self, "__delitem__"), index, null);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__contains__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PytBuiltinNode.Binary {
        @Specialization
        static boolean contains(Object self, Object key) {
            PyList l = list(self, "__contains__");
            return ListBuiltins.contains(l.rawItems(), l.size(), key);
        }
    }

    @Builtin(name = "__iter__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IterNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object iter(Object self) {
            return new PyIterator.ListIterator(list(self, "__iter__"));
        }
    }

    @Builtin(name = "__reversed__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReversedNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object reversed(Object self) {
            return new BuiltinIterators.ReversedList(list(self, "__reversed__"));
        }
    }

    @Builtin(name = "__add__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class AddNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object add(Object self, Object value) {
            PyList l = list(self, "__add__");
            if (!(value instanceof PyList r)) {
                throw PyErrors.typeError(null, "can only concatenate list (not \"%s\") to list", BuiltinHelpers.typeName(value));
            }
            Object[] items = new Object[l.size() + r.size()];
            System.arraycopy(l.rawItems(), 0, items, 0, l.size());
            System.arraycopy(r.rawItems(), 0, items, l.size(), r.size());
            return new PyList(items);
        }
    }

    @Builtin(name = "__iadd__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class IAddNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object iadd(Object self, Object value) {
            PyList l = list(self, "__iadd__");
            extend(l, value);
            return l;
        }
    }

    @Builtin(name = "__mul__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class MulNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object mul(Object self, Object value) {
            PyList l = list(self, "__mul__");
            return new PyList(repeat(l.rawItems(), l.size(), value));
        }
    }

    @Builtin(name = "__rmul__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class RMulNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object mul(Object self, Object value) {
            PyList l = list(self, "__rmul__");
            return new PyList(repeat(l.rawItems(), l.size(), value));
        }
    }

    @Builtin(name = "__imul__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class IMulNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object imul(Object self, Object value) {
            PyList l = list(self, "__imul__");
            Object[] items = repeat(l.rawItems(), l.size(), value);
            l.setAll(items, items.length);
            return l;
        }
    }

    @TruffleBoundary
    static Object compare(Object self, Object other, Expr.CmpOpKind op, String method) {
        PyList l = list(self, method);
        if (!(other instanceof PyList r)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        return BuiltinHelpers.compareSequences(op, l.rawItems(), l.size(), r.rawItems(), r.size());
    }

    @Builtin(name = "__eq__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class EqNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object eq(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.EQ, "__eq__");
        }
    }

    @Builtin(name = "__ne__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class NeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ne(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.NOTEQ, "__ne__");
        }
    }

    @Builtin(name = "__lt__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class LtNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object lt(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.LT, "__lt__");
        }
    }

    @Builtin(name = "__le__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class LeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object le(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.LTE, "__le__");
        }
    }

    @Builtin(name = "__gt__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class GtNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object gt(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.GT, "__gt__");
        }
    }

    @Builtin(name = "__ge__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class GeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ge(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.GTE, "__ge__");
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

    /** Used by {@code tuple.__new__} and friends: a tuple of any iterable's items. */
    @TruffleBoundary
    static PyTuple toTuple(Object iterable) {
        if (iterable instanceof PyTuple t && SubclassableValue.isExact(t)) {
            return t;
        }
        return PyTuple.of(Iteration.toArray(iterable));
    }
}
