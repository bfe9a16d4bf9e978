package pyt.nodes.lib;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyDict;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PyObject;
import pyt.runtime.PyRange;
import pyt.runtime.PySlice;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.SubclassableValue;

/**
 * {@code obj[key]}: lists and tuples (not instances of their Python subclasses) indexed by an
 * int inline, instances of Python classes call their {@code __getitem__} through a cached
 * dispatch (so Graal can inline it), everything else takes the uncached path. The static
 * methods serve slow paths.
 */
@ImportStatic(SubclassableValue.class)
public abstract class PyObjectGetItemNode extends Node {

    public abstract Object execute(Object obj, Object key);

    public static PyObjectGetItemNode create() {
        return PyObjectGetItemNodeGen.create();
    }

    /**
     * A list of unboxed floats. The box made here must not merge with another value (an index
     * out of range throws instead of returning), so that Graal removes it when a float
     * operation or a float slot consumes it.
     */
    @Specialization(guards = {"isExact(list)", "list.isDoubleStorage()"})
    static Object listOfFloats(PyList list, long index) {
        long i = index < 0 ? index + list.size() : index;
        if (i >= 0 && i < list.size()) {
            return list.getDouble((int) i);
        }
        throw indexError("list");
    }

    @Specialization(guards = "isExact(list)")
    static Object list(PyList list, long index) {
        long i = index < 0 ? index + list.size() : index;
        if (i >= 0 && i < list.size()) {
            return list.get((int) i);
        }
        return getItemUncached(list, index);
    }

    @Specialization(guards = "isExact(tuple)")
    static Object tuple(PyTuple tuple, long index) {
        long i = index < 0 ? index + tuple.size() : index;
        if (i >= 0 && i < tuple.size()) {
            return tuple.get((int) i);
        }
        return getItemUncached(tuple, index);
    }

    @Specialization(guards = "isExact(dict)")
    static Object dictStr(PyDict dict, TruffleString key, @Cached DictStrLookupNode lookup) {
        int e = lookup.execute(dict, key);
        if (e >= 0) {
            return dict.valueAt(e);
        }
        return getItemUncached(dict, key);
    }

    @Specialization(guards = {"obj.getShape() == cachedShape", "getitem != null"}, assumptions = "stable", limit = "3")
    static Object instance(PyObject obj, Object key,
                    @Cached("obj.getShape()") @SuppressWarnings("unused") Shape cachedShape,
                    @Cached("obj.getPyType().getStableAssumption()") @SuppressWarnings("unused") Assumption stable,
                    @Cached("getitemOf(obj)") Object getitem,
                    @Cached CallDispatchNode dispatch) {
        return dispatch.execute(getitem, new Object[]{obj, key}, null, null);
    }

    @TruffleBoundary
    static Object getitemOf(PyObject obj) {
        return obj.getPyType().lookup("__getitem__");
    }

    @Specialization
    static Object generic(Object obj, Object key) {
        return getItemUncached(obj, key);
    }

    /** For slow paths: {@code obj[key]}. */
    public static Object getItem(Object obj, Object key) {
        return getItemUncached(obj, key);
    }

    @TruffleBoundary
    public static Object getItemUncached(Object obj, Object key) {
        if (SubclassableValue.isSubclassInstance(obj)) {
            return callGetItem(obj, key);
        }
        return getBuiltinItem(obj, key);
    }

    /** What the builtin types' own {@code __getitem__} does; anything else goes through the special method. */
    @TruffleBoundary
    public static Object getBuiltinItem(Object obj, Object key) {
        if (obj instanceof PyList list) {
            if (key instanceof PySlice s) {
                return new PyList(Sequences.slice(list.rawItems(), list.size(), s));
            }
            return list.get(Sequences.index(key, list.size(), "list"));
        } else if (obj instanceof PyTuple t) {
            if (key instanceof PySlice s) {
                return Sequences.sliceTuple(t, s);
            }
            return t.get(Sequences.index(key, t.size(), "tuple"));
        } else if (obj instanceof TruffleString ts) {
            String str = PyStrings.toJava(ts);
            int[] cps = str.codePoints().toArray();
            if (key instanceof PySlice s) {
                PySlice.Indices ind = s.indices(cps.length);
                StringBuilder sb = new StringBuilder();
                for (long i = 0, j = ind.start(); i < ind.length(); i++, j += ind.step()) {
                    sb.appendCodePoint(cps[(int) j]);
                }
                return PyStrings.of(sb.toString());
            }
            return PyStrings.ofCodePoint(cps[Sequences.index(key, cps.length, "string")]);
        } else if (obj instanceof PyDict d) {
            Object v = d.get(key);
            if (v == null) {
                PyType type = PytLanguage.get(null).types().typeOf(d);
                if (type != PytLanguage.get(null).types().dict) {
                    Object missing = type.lookup("__missing__");
                    if (missing != null) {
                        return CallDispatchNode.callUncached(missing, d, key);
                    }
                }
                throw PyErrors.raiseWithArgs(null, PytLanguage.get(null).types().KeyError, key);
            }
            return v;
        } else if (obj instanceof PyRange r) {
            if (key instanceof PySlice s) {
                PySlice.Indices ind = s.indices(r.length());
                // As CPython's compute_slice: both ends map through the range, the steps multiply.
                return new PyRange(r.start() + ind.start() * r.step(), r.start() + ind.stop() * r.step(), r.step() * ind.step());
            }
            long len = r.length();
            return r.get(Sequences.longIndex(key, len, "range object"));
        }
        return callGetItem(obj, key);
    }

    private static Object callGetItem(Object obj, Object key) {
        PyType type = PytLanguage.get(null).types().typeOf(obj);
        Object getitem = type.lookup("__getitem__");
        if (getitem != null) {
            return CallDispatchNode.callUncached(getitem, obj, key);
        }
        if (obj instanceof PyType t) {
            Object cg = t.lookup("__class_getitem__");
            if (cg != null) {
                return CallDispatchNode.callUncached(PyObjectGetAttrNode.getUncached(t, "__class_getitem__"), key);
            }
            throw PyErrors.typeError(null, "type '%s' is not subscriptable", t.getName());
        }
        throw PyErrors.typeError(null, "'%s' object is not subscriptable", type.getName());
    }

    static RuntimeException indexError(String what) {
        throw PyErrors.raise(null, PyErr.IndexError, "%s index out of range", what);
    }
}
