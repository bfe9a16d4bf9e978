package pyt.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pyt.PytLanguage;
import pyt.nodes.lib.PyObjectGetItemNode;
import pyt.nodes.lib.PyObjectSetItemNode;
import pyt.runtime.PyDict;
import pyt.runtime.PyException;
import pyt.runtime.PyStrings;
import pyt.runtime.SubclassableValue;

/**
 * The namespace a class body runs in: a plain dict, or whatever mapping the metaclass's
 * {@code __prepare__} returned, which is then read and written through its item methods (as
 * CPython's LOAD_NAME/STORE_NAME/DELETE_NAME do for anything but an exact dict).
 */
public final class ClassNamespace {
    private ClassNamespace() {
    }

    /** The value of {@code name}, or null when the namespace does not hold it. */
    @TruffleBoundary
    public static Object get(Object namespace, String name) {
        if (namespace instanceof PyDict d && SubclassableValue.isExact(d)) {
            return d.get(PyStrings.of(name));
        }
        try {
            return PyObjectGetItemNode.getItemUncached(namespace, PyStrings.of(name));
        } catch (PyException e) {
            if (e.getPyType().isSubtypeOf(PytLanguage.get(null).types().KeyError)) {
                return null;
            }
            throw e;
        }
    }

    /** Stores {@code value}, or deletes the name when {@code value == null} (KeyError when absent). */
    @TruffleBoundary
    public static void set(Object namespace, String name, Object value) {
        PyObjectSetItemNode.setItemUncached(namespace, PyStrings.of(name), value);
    }
}
