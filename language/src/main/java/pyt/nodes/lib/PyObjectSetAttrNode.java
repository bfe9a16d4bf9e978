package pyt.nodes.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyFunction;
import pyt.runtime.PyModule;
import pyt.runtime.PyObject;
import pyt.runtime.PyStrings;
import pyt.runtime.PyType;

/** Attribute assignment and deletion ({@code value == null}), as {@code object.__setattr__}/{@code __delattr__}. */
public final class PyObjectSetAttrNode {
    private PyObjectSetAttrNode() {
    }

    @TruffleBoundary
    public static void setUncached(Object obj, String name, Object value) {
        PyType type = PytLanguage.get(null).types().typeOf(obj);
        Object custom = type.lookup(value == null ? "__delattr__" : "__setattr__");
        if (custom instanceof PyFunction) {
            if (value == null) {
                CallDispatchNode.callUncached(custom, obj, PyStrings.of(name));
            } else {
                CallDispatchNode.callUncached(custom, obj, PyStrings.of(name), value);
            }
            return;
        }
        genericSet(obj, name, value, type);
    }

    /** {@code object.__setattr__}: data descriptors first, then the instance's attributes. */
    @TruffleBoundary
    public static void genericSet(Object obj, String name, Object value, PyType type) {
        Object descr = type.lookup(name);
        if (descr != null) {
            PyType dt = PytLanguage.get(null).types().typeOf(descr);
            Object setter = dt.lookup(value == null ? "__delete__" : "__set__");
            if (setter != null) {
                if (value == null) {
                    CallDispatchNode.callUncached(setter, descr, obj);
                } else {
                    CallDispatchNode.callUncached(setter, descr, obj, value);
                }
                return;
            }
        }
        if (obj instanceof PyObject o) {
            if (value == null) {
                if (!DynamicObjectLibrary.getUncached().removeKey(o, name)) {
                    throw PyObjectGetAttrNode.attributeError(obj, name);
                }
            } else {
                DynamicObjectLibrary.getUncached().put(o, name, value);
            }
            return;
        }
        if (obj instanceof PyModule m) {
            m.set(name, value);
            return;
        }
        if (obj instanceof PyType t) {
            if (t.getModule() != null && t.getModule().equals("builtins") && PytLanguage.get(null).types().byName(t.getName()) == t) {
                throw PyErrors.typeError(null, "cannot set '%s' attribute of immutable type '%s'", name, t.getName());
            }
            t.setAttribute(name, value);
            return;
        }
        if (descr == null) {
            throw PyErrors.raise(null, PyErr.AttributeError, "'%s' object has no attribute '%s'", type.getName(), name);
        }
        throw PyErrors.raise(null, PyErr.AttributeError, "'%s' object attribute '%s' is read-only", type.getName(), name);
    }
}
