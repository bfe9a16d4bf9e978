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
import pyt.runtime.PyBaseException;
import pyt.runtime.PyBuiltinFunction;
import pyt.runtime.PyCallable;
import pyt.runtime.PyClassMethod;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.GlobalCell;
import pyt.runtime.PyFunction;
import pyt.runtime.PyMethod;
import pyt.runtime.PyModule;
import pyt.runtime.PyNone;
import pyt.runtime.PyObject;
import pyt.runtime.PyStaticMethod;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/**
 * Attribute lookup, as CPython's {@code PyObject_GetAttr} with the generic
 * {@code object.__getattribute__}: data descriptors on the class, then the instance's own
 * attributes, then class attributes (functions become bound methods), then {@code __getattr__}.
 * <p>
 * The node caches, per instance shape, what the lookup found: an instance attribute (a shape
 * read), a method (bound on the fly) or a plain class attribute (a constant), valid while the
 * class's stable assumption holds; module attributes read the module's cell. The static
 * methods are the uncached form for slow paths.
 */
@GenerateUncached
public abstract class PyObjectGetAttrNode extends Node {

    public abstract Object execute(Object obj, String name);

    /** What a lookup on instances of one shape finds, decided once per shape. */
    public record ShapeLookup(int kind, Object value, Assumption stable) {
        static final int INSTANCE = 0;
        static final int METHOD = 1;
        static final int CLASS_VALUE = 2;
        static final int GENERIC = 3;
    }

    @TruffleBoundary
    static ShapeLookup analyze(PyObject obj, String name) {
        PyType type = obj.getPyType();
        Assumption stable = type.getStableAssumption();
        if (type.lookup("__getattribute__") instanceof PyFunction) {
            return new ShapeLookup(ShapeLookup.GENERIC, null, stable);
        }
        Object descr = type.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            return new ShapeLookup(ShapeLookup.GENERIC, null, stable);
        }
        if (obj.getShape().hasProperty(name)) {
            return new ShapeLookup(ShapeLookup.INSTANCE, null, stable);
        }
        if (PyCallable.bindsToInstance(descr)) {
            return new ShapeLookup(ShapeLookup.METHOD, descr, stable);
        }
        if (descr != null && !(descr instanceof PyClassMethod) && !(descr instanceof PyStaticMethod)
                        && PytLanguage.get(null).types().typeOf(descr).lookup("__get__") == null) {
            return new ShapeLookup(ShapeLookup.CLASS_VALUE, descr, stable);
        }
        return new ShapeLookup(ShapeLookup.GENERIC, null, stable);
    }

    @Specialization(guards = {"name == cachedName", "obj.getShape() == cachedShape", "lookup.kind() == 0"},
                    assumptions = "lookup.stable()", limit = "4")
    static Object instanceAttribute(PyObject obj, @SuppressWarnings("unused") String name,
                    @Cached("name") String cachedName,
                    @Cached("obj.getShape()") @SuppressWarnings("unused") Shape cachedShape,
                    @Cached("analyze(obj, name)") @SuppressWarnings("unused") ShapeLookup lookup,
                    @CachedLibrary(limit = "4") DynamicObjectLibrary objects) {
        return objects.getOrDefault(obj, cachedName, null);
    }

    @Specialization(guards = {"name == cachedName", "obj.getShape() == cachedShape", "lookup.kind() == 1"},
                    assumptions = "lookup.stable()", limit = "4")
    static Object method(PyObject obj, @SuppressWarnings("unused") String name,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached("obj.getShape()") @SuppressWarnings("unused") Shape cachedShape,
                    @Cached("analyze(obj, name)") ShapeLookup lookup) {
        return new PyMethod(obj, lookup.value());
    }

    @Specialization(guards = {"name == cachedName", "obj.getShape() == cachedShape", "lookup.kind() == 2"},
                    assumptions = "lookup.stable()", limit = "4")
    static Object classValue(@SuppressWarnings("unused") PyObject obj, @SuppressWarnings("unused") String name,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached("obj.getShape()") @SuppressWarnings("unused") Shape cachedShape,
                    @Cached("analyze(obj, name)") ShapeLookup lookup) {
        return lookup.value();
    }

    @Specialization(guards = {"name == cachedName", "obj.getShape() == cachedShape", "lookup.kind() == 3"},
                    assumptions = "lookup.stable()", limit = "4")
    static Object descriptorOrHook(PyObject obj, String name,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached("obj.getShape()") @SuppressWarnings("unused") Shape cachedShape,
                    @Cached("analyze(obj, name)") @SuppressWarnings("unused") ShapeLookup lookup) {
        return getUncached(obj, name);
    }

    @Specialization(replaces = {"instanceAttribute", "method", "classValue", "descriptorOrHook"})
    static Object instanceGeneric(PyObject obj, String name) {
        return getUncached(obj, name);
    }

    @Specialization(guards = {"name == cachedName", "obj == cachedModule", "cell.get() != null"}, limit = "2")
    static Object moduleAttribute(@SuppressWarnings("unused") PyModule obj, @SuppressWarnings("unused") String name,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached("obj") @SuppressWarnings("unused") PyModule cachedModule,
                    @Cached("obj.cell(name)") GlobalCell cell) {
        return cell.get();
    }

    @Specialization(replaces = "moduleAttribute")
    static Object moduleGeneric(PyModule obj, String name) {
        return getUncached(obj, name);
    }

    @Specialization(guards = {"!isPyObject(obj)", "!isModule(obj)"})
    static Object other(Object obj, String name) {
        return getUncached(obj, name);
    }

    static boolean isPyObject(Object obj) {
        return obj instanceof PyObject;
    }

    static boolean isModule(Object obj) {
        return obj instanceof PyModule;
    }

    /** The attribute, or null when absent (no AttributeError raised). */
    @TruffleBoundary
    public static Object lookupUncached(Object obj, String name) {
        if (obj instanceof PyModule m) {
            Object v = m.get(name);
            if (v != null) {
                return v;
            }
        }
        if (obj instanceof PyType t) {
            return typeAttribute(t, name);
        }
        if (obj instanceof pyt.runtime.PySuper s) {
            Object found = s.lookup(name);
            if (found != null) {
                Object self = s.getSelf();
                if (s.isClassBound() || self == pyt.runtime.PyNone.NONE) {
                    return found instanceof PyClassMethod c ? new PyMethod(s.getSelfType(), c.getCallable())
                                    : found instanceof PyStaticMethod st ? st.getCallable() : found;
                }
                return bindDescriptor(found, self, s.getSelfType());
            }
        }
        PyType type = PytLanguage.get(null).types().typeOf(obj);
        Object descr = type.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            return bindDescriptor(descr, obj, type);
        }
        PyObject attributes = obj instanceof PyObject o ? o
                        : obj instanceof pyt.runtime.SubclassableValue sv ? sv.getSubclassData() : null;
        if (attributes != null) {
            Object v = DynamicObjectLibrary.getUncached().getOrDefault(attributes, name, null);
            if (v != null) {
                return v;
            }
        }
        Object special = specialAttribute(obj, name);
        if (special != null) {
            return special;
        }
        if (descr != null) {
            return bindDescriptor(descr, obj, type);
        }
        return null;
    }

    @TruffleBoundary
    public static Object getUncached(Object obj, String name) {
        PyType type = PytLanguage.get(null).types().typeOf(obj);
        Object getattribute = type.lookup("__getattribute__");
        if (getattribute instanceof PyFunction) {
            try {
                return CallDispatchNode.callUncached(getattribute, obj, PyStrings.of(name));
            } catch (pyt.runtime.PyException e) {
                Object getattr = type.lookup("__getattr__");
                if (getattr != null && e.getPyType().isSubtypeOf(PytLanguage.get(null).types().AttributeError)) {
                    return CallDispatchNode.callUncached(getattr, obj, PyStrings.of(name));
                }
                throw e;
            }
        }
        Object v = lookupUncached(obj, name);
        if (v != null) {
            return v;
        }
        Object getattr = type.lookup("__getattr__");
        if (getattr != null) {
            return CallDispatchNode.callUncached(getattr, obj, PyStrings.of(name));
        }
        throw attributeError(obj, name);
    }

    public static RuntimeException attributeError(Object obj, String name) {
        if (obj instanceof PyModule m) {
            throw PyErrors.raise(null, PyErr.AttributeError, "module '%s' has no attribute '%s'", m.getName(), name);
        }
        if (obj instanceof PyType t) {
            throw PyErrors.raise(null, PyErr.AttributeError, "type object '%s' has no attribute '%s'", t.getName(), name);
        }
        throw PyErrors.raise(null, PyErr.AttributeError, "'%s' object has no attribute '%s'", PyErrors.typeName(obj), name);
    }

    private static boolean isDataDescriptor(Object descr) {
        if (descr instanceof PyFunction || descr instanceof PyBuiltinFunction || descr instanceof PyClassMethod
                        || descr instanceof PyStaticMethod || descr instanceof PyType) {
            return false;
        }
        PyType dt = PytLanguage.get(null).types().typeOf(descr);
        return dt.lookup("__set__") != null || dt.lookup("__delete__") != null;
    }

    private static Object bindDescriptor(Object descr, Object obj, PyType type) {
        if (PyCallable.bindsToInstance(descr)) {
            return new PyMethod(obj, descr);
        } else if (descr instanceof PyClassMethod c) {
            return new PyMethod(type, c.getCallable());
        } else if (descr instanceof PyStaticMethod s) {
            return s.getCallable();
        } else if (descr instanceof PyType) {
            return descr;
        }
        PyType dt = PytLanguage.get(null).types().typeOf(descr);
        Object get = dt.lookup("__get__");
        if (get != null) {
            return CallDispatchNode.callUncached(get, descr, obj, type);
        }
        return descr;
    }

    /**
     * {@code cls.name}, as CPython's {@code type_getattro}: a data descriptor of the metaclass
     * first (among them {@code type}'s own, see {@link #typeDataAttribute}), then the class's
     * MRO, then the metaclass's other attributes bound to the class.
     */
    private static Object typeAttribute(PyType t, String name) {
        PyType meta = PytLanguage.get(null).types().typeOf(t);
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && isDataDescriptor(metaAttr)) {
            return bindDescriptor(metaAttr, t, meta);
        }
        Object own = typeDataAttribute(t, name);
        if (own != null) {
            return own;
        }
        Object v = t.lookup(name);
        if (v != null) {
            if (v instanceof PyClassMethod c) {
                return new PyMethod(t, c.getCallable());
            } else if (v instanceof PyStaticMethod s) {
                return s.getCallable();
            } else if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyType) {
                return v;
            }
            PyType dt = PytLanguage.get(null).types().typeOf(v);
            Object get = dt.lookup("__get__");
            if (get != null) {
                return CallDispatchNode.callUncached(get, v, PyNone.NONE, t);
            }
            return v;
        }
        Object special = typeSpecialAttribute(t, name);
        if (special != null) {
            return special;
        }
        return metaAttr == null ? null : bindDescriptor(metaAttr, t, meta);
    }

    /**
     * The attributes that are data descriptors of {@code type} in CPython, so a class's own
     * namespace cannot hide them: {@code type(gen).__name__} is "generator" although generator
     * instances have a {@code __name__} of their own.
     */
    private static Object typeDataAttribute(PyType t, String name) {
        switch (name) {
            case "__dict__":
                return pyt.builtins.BuiltinObjectFunctions.instanceDict(t);
            case "__name__":
                return PyStrings.of(t.getName());
            case "__qualname__":
                return PyStrings.of(t.getQualname());
            case "__mro__":
                return PyTuple.of((Object[]) t.getMro());
            case "__bases__":
                return PyTuple.of((Object[]) t.getBases());
            case "__base__":
                return t.getBases().length == 0 ? PyNone.NONE : t.getBases()[0];
            case "__class__":
                return PytLanguage.get(null).types().typeOf(t);
            case "__doc__":
                Object doc = t.getOwn("__doc__");
                return doc == null ? PyNone.NONE : doc;
            default:
                return null;
        }
    }

    /** {@code type}'s attributes that CPython reads from the class's namespace when it has them. */
    private static Object typeSpecialAttribute(PyType t, String name) {
        switch (name) {
            case "__module__":
                return PyStrings.of(t.getModule());
            default:
                return null;
        }
    }

    private static Object specialAttribute(Object obj, String name) {
        switch (name) {
            case "__class__":
                return PytLanguage.get(null).types().typeOf(obj);
            case "__dict__":
                return obj instanceof PyObject || obj instanceof pyt.runtime.SubclassableValue sv && sv.getSubclassData() != null
                                ? pyt.builtins.BuiltinObjectFunctions.instanceDict(obj) : null;
            case "__name__":
                if (obj instanceof PyFunction f) {
                    return PyStrings.of(f.getName());
                } else if (obj instanceof PyBuiltinFunction f) {
                    return PyStrings.of(f.getName());
                } else if (obj instanceof PyModule m) {
                    return PyStrings.of(m.getName());
                }
                return null;
            case "__qualname__":
                return obj instanceof PyFunction f ? PyStrings.of(f.getQualname()) : null;
            case "__doc__":
                if (obj instanceof PyFunction f) {
                    return f.getDoc();
                }
                return null;
            case "__defaults__":
                if (obj instanceof PyFunction f) {
                    return f.getDefaults().length == 0 ? PyNone.NONE : PyTuple.of(f.getDefaults());
                }
                return null;
            case "__self__":
                return obj instanceof PyMethod m ? m.getSelf() : null;
            case "__func__":
                return obj instanceof PyMethod m ? m.getFunction() : null;
            default:
                return null;
        }
    }
}
