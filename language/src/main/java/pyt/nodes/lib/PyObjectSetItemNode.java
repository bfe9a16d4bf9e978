package pyt.nodes.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PySlice;
import pyt.runtime.PyType;
import pyt.runtime.SubclassableValue;

/**
 * {@code obj[key] = value} and {@code del obj[key]} ({@code value == null}): exact builtin lists
 * and dicts directly, everything else through {@code __setitem__}/{@code __delitem__}.
 */
public final class PyObjectSetItemNode {
    private PyObjectSetItemNode() {
    }

    public static void setItem(Object obj, Object key, Object value) {
        if (value != null && obj instanceof PyList list && key instanceof Long index && SubclassableValue.isExact(list)) {
            long i = index;
            int size = list.size();
            if (i < 0) {
                i += size;
            }
            if (i >= 0 && i < size) {
                list.set((int) i, value);
                return;
            }
        }
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
