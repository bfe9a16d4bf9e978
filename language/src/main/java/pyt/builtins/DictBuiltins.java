package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.lib.DictStrLookupNode;
import pyt.nodes.lib.Iteration;
import pyt.nodes.lib.PyIterNextNode;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.nodes.lib.PyObjectGetItemNode;
import pyt.nodes.lib.PyObjectGetIterNode;
import pyt.runtime.IteratorKind;
import pyt.runtime.PyDict;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyIterator;
import pyt.runtime.PyNone;
import pyt.runtime.PySingleton;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/** Methods of {@code dict}; the views are in {@link DictViews}. */
@BuiltinClass(name = "dict")
public final class DictBuiltins {
    private DictBuiltins() {
    }

    static PyDict dict(Object self, String method) {
        if (self instanceof PyDict d) {
            return d;
        }
        throw BuiltinHelpers.descriptorError(method, "dict", self);
    }

    /** {@code d.update(other)}: a dict, a mapping with {@code keys()}, or an iterable of pairs. */
    @TruffleBoundary
    static void update(PyDict d, Object other) {
        if (other instanceof PyDict src) {
            if (src == d) {
                return;
            }
            for (Object[] e : snapshot(src)) {
                d.put(e[0], e[1]);
            }
            return;
        }
        Object keys = PyObjectGetAttrNode.lookupUncached(other, "keys");
        if (keys != null) {
            for (Object k : Iteration.toArray(CallDispatchNode.callUncached(keys))) {
                d.put(k, PyObjectGetItemNode.getItemUncached(other, k));
            }
            return;
        }
        Object it = PyObjectGetIterNode.getIterUncached(other);
        Object item;
        long index = 0;
        while ((item = PyIterNextNode.next(it)) != null) {
            Object[] pair;
            try {
                pair = Iteration.toArray(item);
            } catch (PyException e) {
                if (e.getPyType().isSubtypeOf(BuiltinHelpers.types().TypeError)) {
                    throw PyErrors.typeError(null, "cannot convert dictionary update sequence element #%d to a sequence", index);
                }
                throw e;
            }
            if (pair.length != 2) {
                throw PyErrors.valueError(null, "dictionary update sequence element #%d has length %d; 2 is required", index, pair.length);
            }
            d.put(pair[0], pair[1]);
            index++;
        }
    }

    @TruffleBoundary
    static java.util.List<Object[]> snapshot(PyDict d) {
        java.util.List<Object[]> result = new java.util.ArrayList<>(d.size());
        for (Object[] e : d.entries()) {
            result.add(new Object[]{e[0], e[1]});
        }
        return result;
    }

    @TruffleBoundary
    static void updateKeywords(PyDict d, Object kwargs) {
        if (kwargs instanceof PyDict kw) {
            for (Object[] e : kw.entries()) {
                d.put(e[0], e[1]);
            }
        }
    }

    @Builtin(name = "__new__", signature = "(cls, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, @SuppressWarnings("unused") Object args, @SuppressWarnings("unused") Object kwargs) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(BuiltinHelpers.types().dict)) {
                throw PyErrors.typeError(null, "dict.__new__(X): X is not a subtype of dict");
            }
            return pyt.runtime.SubclassableValue.ofClass(new PyDict(), t, BuiltinHelpers.types().dict);
        }
    }

    @Builtin(name = "__init__", signature = "(self, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class InitNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            PyDict d = dict(self, "__init__");
            PyTuple a = (PyTuple) args;
            if (a.size() > 1) {
                throw PyErrors.typeError(null, "dict expected at most 1 argument, got %d", a.size());
            }
            if (a.size() == 1) {
                update(d, a.get(0));
            }
            updateKeywords(d, kwargs);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "update", signature = "(self, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class UpdateNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object update(Object self, Object args, Object kwargs) {
            PyDict d = dict(self, "update");
            PyTuple a = (PyTuple) args;
            if (a.size() > 1) {
                throw PyErrors.typeError(null, "update expected at most 1 argument, got %d", a.size());
            }
            if (a.size() == 1) {
                DictBuiltins.update(d, a.get(0));
            }
            updateKeywords(d, kwargs);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "get", signature = "(self, key, default=None, /)")
    @GenerateNodeFactory
    public abstract static class GetNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object getStr(PyDict self, TruffleString key, Object dflt, @Cached DictStrLookupNode lookup) {
            int e = lookup.execute(self, key);
            if (e >= 0) {
                return self.valueAt(e);
            }
            return e == PyDict.UNKNOWN ? get(self, key, dflt) : dflt;
        }

        @Specialization(replaces = "getStr")
        static Object get(Object self, Object key, Object dflt) {
            Object v = dict(self, "get").get(key);
            return v == null ? dflt : v;
        }
    }

    @Builtin(name = "setdefault", signature = "(self, key, default=None, /)")
    @GenerateNodeFactory
    public abstract static class SetDefaultNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object setdefault(Object self, Object key, Object dflt) {
            PyDict d = dict(self, "setdefault");
            Object v = d.get(key);
            if (v == null) {
                d.put(key, dflt);
                return dflt;
            }
            return v;
        }
    }

    @Builtin(name = "pop", signature = "(self, key, default=_, /)")
    @GenerateNodeFactory
    public abstract static class PopNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object pop(Object self, Object key, Object dflt) {
            Object v = dict(self, "pop").remove(key);
            if (v == null) {
                if (dflt != PyNone.NO_VALUE) {
                    return dflt;
                }
                throw PyErrors.raiseWithArgs(null, BuiltinHelpers.types().KeyError, key);
            }
            return v;
        }
    }

    @Builtin(name = "popitem", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class PopItemNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object popitem(Object self) {
            Object[] e = dict(self, "popitem").popLast();
            if (e == null) {
                throw PyErrors.raise(null, PyErr.KeyError, "popitem(): dictionary is empty");
            }
            return PyTuple.of(e[0], e[1]);
        }
    }

    @Builtin(name = "clear", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ClearNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object clear(Object self) {
            dict(self, "clear").clear();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "copy", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CopyNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object copy(Object self) {
            return dict(self, "copy").copy();
        }
    }

    @Builtin(name = "fromkeys", signature = "(cls, iterable, value=None, /)", isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class FromKeysNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object fromkeys(Object cls, Object iterable, Object value) {
            Object created = cls == BuiltinHelpers.types().dict ? new PyDict() : CallDispatchNode.callUncached(cls);
            PyDict d = dict(created, "fromkeys");
            for (Object k : Iteration.toArray(iterable)) {
                d.put(k, value);
            }
            return d;
        }
    }

    @Builtin(name = "keys", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class KeysNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object keys(Object self) {
            return new DictViews.View(dict(self, "keys"), DictViews.Kind.KEYS);
        }
    }

    @Builtin(name = "values", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ValuesNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object values(Object self) {
            return new DictViews.View(dict(self, "values"), DictViews.Kind.VALUES);
        }
    }

    @Builtin(name = "items", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ItemsNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object items(Object self) {
            return new DictViews.View(dict(self, "items"), DictViews.Kind.ITEMS);
        }
    }

    @Builtin(name = "__len__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class LenNode extends PytBuiltinNode.Unary {
        @Specialization
        static long len(Object self) {
            return dict(self, "__len__").size();
        }
    }

    @Builtin(name = "__contains__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PytBuiltinNode.Binary {
        @Specialization
        static boolean contains(Object self, Object key) {
            return dict(self, "__contains__").containsKey(key);
        }
    }

    @Builtin(name = "__getitem__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object getitem(Object self, Object key) {
            return PyObjectGetItemNode.getBuiltinItem(dict(self, "__getitem__"), key);
        }
    }

    @Builtin(name = "__setitem__", signature = "(self, key, value, /)")
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object setitem(Object self, Object key, Object value) {
            dict(self, "__setitem__").put(key, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object delitem(Object self, Object key) {
            if (dict(self, "__delitem__").remove(key) == null) {
                throw PyErrors.raiseWithArgs(null, BuiltinHelpers.types().KeyError, key);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__iter__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IterNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object iter(Object self) {
            return dict(self, "__iter__").keyIterator();
        }
    }

    @Builtin(name = "__reversed__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReversedNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object reversed(Object self) {
            Object[] keys = dict(self, "__reversed__").keys();
            for (int i = 0, j = keys.length - 1; i < j; i++, j--) {
                Object t = keys[i];
                keys[i] = keys[j];
                keys[j] = t;
            }
            return new PyIterator.ArrayIterator(keys, keys.length, IteratorKind.DICT_REVERSE_KEYS);
        }
    }

    @TruffleBoundary
    static boolean equal(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Object[] e : snapshot(a)) {
            Object v = b.get(e[0]);
            if (v == null || !BuiltinHelpers.itemEquals(e[1], v)) {
                return false;
            }
        }
        return true;
    }

    @Builtin(name = "__eq__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class EqNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object eq(Object self, Object other) {
            PyDict d = dict(self, "__eq__");
            return other instanceof PyDict o ? (Object) equal(d, o) : PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ne__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class NeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ne(Object self, Object other) {
            PyDict d = dict(self, "__ne__");
            return other instanceof PyDict o ? (Object) !equal(d, o) : PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__or__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class OrNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object or(Object self, Object other) {
            PyDict d = dict(self, "__or__");
            if (!(other instanceof PyDict o)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            PyDict result = d.copy();
            DictBuiltins.update(result, o);
            return result;
        }
    }

    @Builtin(name = "__ror__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class ROrNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object or(Object self, Object other) {
            PyDict d = dict(self, "__ror__");
            if (!(other instanceof PyDict o)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            PyDict result = o.copy();
            DictBuiltins.update(result, d);
            return result;
        }
    }

    @Builtin(name = "__ior__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class IOrNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ior(Object self, Object other) {
            PyDict d = dict(self, "__ior__");
            DictBuiltins.update(d, other);
            return d;
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
}
