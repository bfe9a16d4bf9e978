package pyt.nodes.lib;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.object.Shape;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PyObject;
import pyt.runtime.PySlice;
import pyt.runtime.PyType;
import pyt.runtime.SubclassableValue;

/**
 * {@code obj[key] = value} and {@code del obj[key]} ({@code value == null}). The node stores into
 * lists (not instances of their Python subclasses) by int inline and calls the
 * {@code __setitem__} of instances of Python classes through a cached dispatch; the static
 * methods serve slow paths and deletion.
 */
@ImportStatic(SubclassableValue.class)
public abstract class PyObjectSetItemNode extends Node {

    public abstract void execute(Object obj, Object key, Object value);

    public static PyObjectSetItemNode create() {
        return PyObjectSetItemNodeGen.create();
    }

    /** A float into a list of unboxed floats. */
    @Specialization(guards = {"isExact(list)", "list.isDoubleStorage()"})
    static void listOfFloats(PyList list, long index, double value) {
        long i = index < 0 ? index + list.size() : index;
        if (i >= 0 && i < list.size()) {
            list.setDouble((int) i, value);
            return;
        }
        setItemUncached(list, index, value);
    }

    @Specialization(guards = "isExact(list)")
    static void list(PyList list, long index, Object value) {
        long i = index < 0 ? index + list.size() : index;
        if (i >= 0 && i < list.size()) {
            list.set((int) i, value);
            return;
        }
        setItemUncached(list, index, value);
    }

    /** Replaces the value of a present str key inline; adding or deleting a key takes the generic path. */
    @Specialization(guards = {"isExact(dict)", "dict.isPlain()", "value != null"})
    static void dictStr(PyDict dict, TruffleString key, Object value, @Cached DictStrLookupNode lookup) {
        int e = lookup.execute(dict, key);
        if (e >= 0) {
            dict.setValueAt(e, value);
        } else {
            setItemUncached(dict, key, value);
        }
    }

    @Specialization(guards = {"obj.getShape() == cachedShape", "setitem != null"}, assumptions = "stable", limit = "3")
    static void instance(PyObject obj, Object key, Object value,
                    @Cached("obj.getShape()") @SuppressWarnings("unused") Shape cachedShape,
                    @Cached("obj.getPyType().getStableAssumption()") @SuppressWarnings("unused") Assumption stable,
                    @Cached("setitemOf(obj)") Object setitem,
                    @Cached CallDispatchNode dispatch) {
        dispatch.execute(setitem, new Object[]{obj, key, value}, null, null);
    }

    @TruffleBoundary
    static Object setitemOf(PyObject obj) {
        return obj.getPyType().lookup("__setitem__");
    }

    @Specialization
    static void generic(Object obj, Object key, Object value) {
        setItemUncached(obj, key, value);
    }

    /** For slow paths: {@code obj[key] = value}, or {@code del obj[key]} when {@code value} is null. */
    public static void setItem(Object obj, Object key, Object value) {
        setItemUncached(obj, key, value);
    }

    @TruffleBoundary
    public static void setItemUncached(Object obj, Object key, Object value) {
        if (SubclassableValue.isSubclassInstance(obj)) {
            callSetItem(obj, key, value);
        } else {
            setBuiltinItem(obj, key, value);
        }
    }

    /** What the builtin types' own {@code __setitem__}/{@code __delitem__} do; anything else goes through the special method. */
    @TruffleBoundary
    public static void setBuiltinItem(Object obj, Object key, Object value) {
        if (obj instanceof PyList list) {
            if (key instanceof PySlice s) {
                ListSlices.assign(list, s, value);
                return;
            }
            int i;
            try {
                i = Sequences.index(key, list.size(), "list");
            } catch (pyt.runtime.PyException e) {
                if (e.getPyType() == PytLanguage.get(null).types().IndexError) {
                    throw PyErrors.raise(null, pyt.runtime.PyErr.IndexError, "list assignment index out of range");
                }
                throw e;
            }
            if (value == null) {
                list.remove(i);
            } else {
                list.set(i, value);
            }
            return;
        } else if (obj instanceof PyDict d) {
            if (value == null) {
                if (d.remove(key) == null) {
                    throw PyErrors.raiseWithArgs(null, PytLanguage.get(null).types().KeyError, key);
                }
            } else {
                d.put(key, value);
            }
            return;
        }
        callSetItem(obj, key, value);
    }

    private static void callSetItem(Object obj, Object key, Object value) {
        PyType type = PytLanguage.get(null).types().typeOf(obj);
        Object method = type.lookup(value == null ? "__delitem__" : "__setitem__");
        if (method != null) {
            if (value == null) {
                CallDispatchNode.callUncached(method, obj, key);
            } else {
                CallDispatchNode.callUncached(method, obj, key, value);
            }
            return;
        }
        if (value == null) {
            throw PyErrors.typeError(null, "'%s' object doesn't support item deletion", type.getName());
        }
        throw PyErrors.typeError(null, "'%s' object does not support item assignment", type.getName());
    }
}
