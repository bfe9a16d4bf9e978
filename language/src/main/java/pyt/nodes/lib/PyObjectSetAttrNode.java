package pyt.nodes.lib;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyFunction;
import pyt.runtime.PyModule;
import pyt.runtime.PyObject;
import pyt.runtime.PyStrings;
import pyt.runtime.PyType;
import pyt.runtime.SubclassableValue;

/**
 * Attribute assignment and deletion ({@code value == null}), as {@code object.__setattr__}/
 * {@code __delattr__}. The node caches, per instance shape, that a plain store is right (no
 * {@code __setattr__} override, no data descriptor for the name) under the class's stable
 * assumption; the static methods are the uncached form.
 */
@GenerateUncached
public abstract class PyObjectSetAttrNode extends Node {

    public abstract void execute(Object obj, String name, Object value);

    @TruffleBoundary
    static Assumption plainStore(PyObject obj, String name) {
        PyType type = obj.getPyType();
        if (type.lookup("__setattr__") instanceof PyFunction || name.equals("__class__")) {
            return null;
        }
        Object descr = type.lookup(name);
        if (descr != null) {
            PyType dt = PytLanguage.get(null).types().typeOf(descr);
            if (dt.lookup("__set__") != null || dt.lookup("__delete__") != null) {
                return null;
            }
        }
        if (!type.allowsInstanceAttribute(name)) {
            return null;
        }
        return type.getStableAssumption();
    }

    @Specialization(guards = {"value != null", "name == cachedName", "obj.getShape() == cachedShape", "stable != null"},
                    assumptions = "stable", limit = "4")
    static void store(PyObject obj, @SuppressWarnings("unused") String name, Object value,
                    @Cached("name") String cachedName,
                    @Cached("obj.getShape()") @SuppressWarnings("unused") Shape cachedShape,
                    @Cached("plainStore(obj, name)") @SuppressWarnings("unused") Assumption stable,
                    @CachedLibrary(limit = "4") DynamicObjectLibrary objects) {
        objects.put(obj, cachedName, value);
    }

    @Specialization(replaces = "store")
    static void instanceGeneric(PyObject obj, String name, Object value) {
        setUncached(obj, name, value);
    }

    @Specialization(guards = "!isPyObject(obj)")
    static void other(Object obj, String name, Object value) {
        setUncached(obj, name, value);
    }

    static boolean isPyObject(Object obj) {
        return obj instanceof PyObject;
    }

    @TruffleBoundary
    public static void setUncached(Object obj, String name, Object value) {
        if (pyt.interop.InteropValues.isForeign(obj)) {
            // host objects and other languages' values: their members (pyt.interop.Foreign)
            pyt.interop.Foreign.setAttr(obj, name, value);
            return;
        }
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

    /**
     * {@code obj.__class__ = value}, as CPython's {@code object_set_class}: between Python
     * classes whose instances have the same builtin representation, by giving the instance's
     * shape the new class.
     */
    private static void assignClass(Object obj, Object value, PyType oldType) {
        if (!(value instanceof PyType newType)) {
            throw PyErrors.typeError(null, "__class__ must be set to a class, not '%s' object", PyErrors.typeName(value));
        }
        PyObject o = obj instanceof PyObject po ? po : obj instanceof SubclassableValue sv ? sv.getSubclassData() : null;
        if (o == null || isBuiltinType(newType) || isBuiltinType(oldType)) {
            throw PyErrors.typeError(null, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (builtinBase(newType) != builtinBase(oldType) || newType.instancesHaveDict() != oldType.instancesHaveDict()) {
            throw PyErrors.typeError(null, "__class__ assignment: '%s' object layout differs from '%s'", newType.getName(), oldType.getName());
        }
        DynamicObjectLibrary.getUncached().setDynamicType(o, newType);
    }

    private static boolean isBuiltinType(PyType t) {
        return PytLanguage.get(null).types().byName(t.getName()) == t;
    }

    /** The first builtin class in the MRO: it decides how instances are represented. */
    private static PyType builtinBase(PyType t) {
        for (PyType c : t.getMro()) {
            if (isBuiltinType(c)) {
                return c;
            }
        }
        throw new IllegalStateException("no builtin base in the MRO of " + t.getName());
    }

    /** {@code object.__setattr__}: data descriptors first, then the instance's attributes. */
    @TruffleBoundary
    public static void genericSet(Object obj, String name, Object value, PyType type) {
        if (name.equals("__class__") && value != null) {
            assignClass(obj, value, type);
            return;
        }
        Object descr = type.lookup(name);
        if (descr != null) {
            PyType dt = PytLanguage.get(null).types().typeOf(descr);
            String wanted = value == null ? "__delete__" : "__set__";
            Object setter = dt.lookup(wanted);
            if (setter != null) {
                if (value == null) {
                    CallDispatchNode.callUncached(setter, descr, obj);
                } else {
                    CallDispatchNode.callUncached(setter, descr, obj, value);
                }
                return;
            }
            // a data descriptor with only the other half: CPython's slot names the missing method
            if (dt.lookup(value == null ? "__set__" : "__delete__") != null) {
                throw PyErrors.raise(null, PyErr.AttributeError, "%s", wanted);
            }
        }
        PyObject o = obj instanceof PyObject po ? po : obj instanceof pyt.runtime.SubclassableValue sv ? sv.getSubclassData() : null;
        if (o != null) {
            if (value != null && !type.allowsInstanceAttribute(name)) {
                throw PyErrors.raise(null, PyErr.AttributeError, "'%s' object has no attribute '%s'", type.getName(), name);
            }
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
            if (value == null && m.get(name) == null) {
                throw PyErrors.raise(null, PyErr.AttributeError, "'module' object has no attribute '%s'", name);
            }
            m.set(name, value);
            return;
        }
        if (obj instanceof PyType t) {
            if (t.getModule() != null && t.getModule().equals("builtins") && PytLanguage.get(null).types().byName(t.getName()) == t) {
                throw PyErrors.typeError(null, "cannot set '%s' attribute of immutable type '%s'", name, t.getName());
            }
            if (value == null && t.getOwn(name) == null) {
                throw PyErrors.raise(null, PyErr.AttributeError, "type object '%s' has no attribute '%s'", t.getName(), name);
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
