package pyt.nodes.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyBaseException;
import pyt.runtime.PyBuiltinFunction;
import pyt.runtime.PyClassMethod;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
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
 */
public final class PyObjectGetAttrNode {
    private PyObjectGetAttrNode() {
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
                if (self instanceof PyType || self == pyt.runtime.PyNone.NONE) {
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
        if (obj instanceof PyObject o) {
            Object v = DynamicObjectLibrary.getUncached().getOrDefault(o, name, null);
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
        Object v = lookupUncached(obj, name);
        if (v != null) {
            return v;
        }
        PyType type = PytLanguage.get(null).types().typeOf(obj);
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
        if (descr instanceof PyFunction || descr instanceof PyBuiltinFunction) {
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

    private static Object typeAttribute(PyType t, String name) {
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
        switch (name) {
            case "__name__":
                return PyStrings.of(t.getName());
            case "__qualname__":
                return PyStrings.of(t.getQualname());
            case "__module__":
                return PyStrings.of(t.getModule());
            case "__mro__":
                return PyTuple.of((Object[]) t.getMro());
            case "__bases__":
                return PyTuple.of((Object[]) t.getBases());
            case "__base__":
                return t.getBases().length == 0 ? PyNone.NONE : t.getBases()[0];
            case "__class__":
                return PytLanguage.get(null).types().typeOf(t);
            case "__doc__":
                return PyNone.NONE;
            default:
                return null;
        }
    }

    private static Object specialAttribute(Object obj, String name) {
        switch (name) {
            case "__class__":
                return PytLanguage.get(null).types().typeOf(obj);
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
            case "args":
                return obj instanceof PyBaseException e ? e.getArgs() : null;
            case "__cause__":
                return obj instanceof PyBaseException e ? e.getCause() : null;
            case "__context__":
                return obj instanceof PyBaseException e ? e.getContext() : null;
            case "__suppress_context__":
                return obj instanceof PyBaseException e ? e.getSuppressContext() : null;
            case "__traceback__":
                return obj instanceof PyBaseException e ? e.getTraceback() : null;
            case "real":
                return obj instanceof Long || obj instanceof Double || obj instanceof java.math.BigInteger ? obj
                                : obj instanceof Boolean b ? (Object) (b ? 1L : 0L) : null;
            case "imag":
                return obj instanceof Long || obj instanceof java.math.BigInteger || obj instanceof Boolean ? (Object) 0L
                                : obj instanceof Double ? (Object) 0.0 : null;
            default:
                return null;
        }
    }
}
