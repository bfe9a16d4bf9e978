package pyt.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytContext;
import pyt.PytLanguage;
import pyt.compiler.ModuleCompiler;
import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.function.FunctionRootNode;
import pyt.nodes.lib.Iteration;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.nodes.lib.PyObjectSetAttrNode;
import pyt.runtime.PArguments;
import pyt.runtime.PyCell;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyFunction;
import pyt.runtime.PyList;
import pyt.runtime.PyModule;
import pyt.runtime.PyNone;
import pyt.runtime.PyObject;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/** Builtins about types and attributes: isinstance, getattr and friends, vars, dir, locals. */
@BuiltinModule(name = "builtins")
public final class BuiltinObjectFunctions {
    private BuiltinObjectFunctions() {
    }

    @Builtin(name = "isinstance", signature = "(obj, class_or_tuple, /)")
    @GenerateNodeFactory
    public abstract static class IsInstanceNode extends PytBuiltinNode.Binary {
        @Specialization
        boolean isType(Object obj, PyType cls) {
            PyType t = PytLanguage.get(this).types().typeOf(obj);
            return t == cls || t.isSubtypeOf(cls);
        }

        @Specialization(replaces = "isType")
        static boolean generic(Object obj, Object cls) {
            return isInstance(obj, cls);
        }
    }

    @TruffleBoundary
    public static boolean isInstance(Object obj, Object cls) {
        if (cls instanceof PyType t) {
            Object check = t.getMro().length > 0 ? metaLookup(t, "__instancecheck__") : null;
            if (check != null) {
                return BuiltinHelpers.isTrue(CallDispatchNode.callUncached(check, t, obj));
            }
            return BuiltinHelpers.types().typeOf(obj).isSubtypeOf(t);
        } else if (cls instanceof PyTuple tuple) {
            for (Object c : tuple.items()) {
                if (isInstance(obj, c)) {
                    return true;
                }
            }
            return false;
        }
        Object check = BuiltinHelpers.types().typeOf(cls).lookup("__instancecheck__");
        if (check != null) {
            return BuiltinHelpers.isTrue(CallDispatchNode.callUncached(check, cls, obj));
        }
        throw PyErrors.typeError(null, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** A special method defined by a user metaclass of {@code t} (builtin {@code type} defines none). */
    private static Object metaLookup(PyType t, String name) {
        PyType meta = BuiltinHelpers.types().typeOf(t);
        if (meta == BuiltinHelpers.types().type) {
            return null;
        }
        return meta.lookup(name);
    }

    @Builtin(name = "issubclass", signature = "(cls, class_or_tuple, /)")
    @GenerateNodeFactory
    public abstract static class IsSubclassNode extends PytBuiltinNode.Binary {
        @Specialization
        static boolean issubclass(Object cls, Object classInfo) {
            return isSubclass(cls, classInfo);
        }
    }

    @TruffleBoundary
    public static boolean isSubclass(Object cls, Object classInfo) {
        if (classInfo instanceof PyTuple tuple) {
            for (Object c : tuple.items()) {
                if (isSubclass(cls, c)) {
                    return true;
                }
            }
            return false;
        }
        if (classInfo instanceof PyType t) {
            Object check = metaLookup(t, "__subclasscheck__");
            if (check != null) {
                return BuiltinHelpers.isTrue(CallDispatchNode.callUncached(check, t, cls));
            }
            if (!(cls instanceof PyType c)) {
                throw PyErrors.typeError(null, "issubclass() arg 1 must be a class");
            }
            return c.isSubtypeOf(t);
        }
        throw PyErrors.typeError(null, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    static String attrName(Object name) {
        if (name instanceof TruffleString s) {
            return PyStrings.toJava(s);
        }
        throw PyErrors.typeError(null, "attribute name must be string, not '%s'", BuiltinHelpers.typeName(name));
    }

    @Builtin(name = "getattr", signature = "(obj, name, default=_, /)")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object getattr(Object obj, Object name, Object dflt) {
            return getAttr(obj, name, dflt);
        }

        @TruffleBoundary
        private static Object getAttr(Object obj, Object name, Object dflt) {
            String n = attrName(name);
            if (dflt == PyNone.NO_VALUE) {
                return PyObjectGetAttrNode.getUncached(obj, n);
            }
            try {
                return PyObjectGetAttrNode.getUncached(obj, n);
            } catch (PyException e) {
                if (e.getPyType().isSubtypeOf(BuiltinHelpers.types().AttributeError)) {
                    return dflt;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "hasattr", signature = "(obj, name, /)")
    @GenerateNodeFactory
    public abstract static class HasAttrNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static boolean hasattr(Object obj, Object name) {
            String n = attrName(name);
            try {
                PyObjectGetAttrNode.getUncached(obj, n);
                return true;
            } catch (PyException e) {
                if (e.getPyType().isSubtypeOf(BuiltinHelpers.types().AttributeError)) {
                    return false;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "setattr", signature = "(obj, name, value, /)")
    @GenerateNodeFactory
    public abstract static class SetAttrNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object setattr(Object obj, Object name, Object value) {
            PyObjectSetAttrNode.setUncached(obj, attrName(name), value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "delattr", signature = "(obj, name, /)")
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object delattr(Object obj, Object name) {
            PyObjectSetAttrNode.setUncached(obj, attrName(name), null);
            return PyNone.NONE;
        }
    }

    /** The globals of the Python code that called the current builtin. */
    @TruffleBoundary
    static PyModule callerGlobals() {
        PyModule found = Truffle.getRuntime().iterateFrames(f -> {
            Object[] a = f.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
            return a.length > PArguments.GLOBALS && a[PArguments.GLOBALS] instanceof PyModule m ? m : null;
        });
        return found != null ? found : PytContext.get(null).getMainModule();
    }

    /**
     * {@code locals()}: the caller's local variables as a new dict, its globals at module level,
     * or in a class body the namespace the body fills (its hidden first parameter).
     */
    @TruffleBoundary
    static Object callerLocals() {
        Object[] result = new Object[1];
        Truffle.getRuntime().iterateFrames(f -> {
            RootNode root = ((com.oracle.truffle.api.RootCallTarget) f.getCallTarget()).getRootNode();
            if (!(root instanceof FunctionRootNode fr)) {
                return null;
            }
            if (fr.getName().equals("<module>")) {
                Object[] a = f.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
                result[0] = BuiltinFunctions.moduleDict((PyModule) a[PArguments.GLOBALS]);
                return root;
            }
            Frame frame = f.getFrame(FrameInstance.FrameAccess.READ_ONLY);
            FrameDescriptor fd = frame.getFrameDescriptor();
            if (fd.getInfo() == ModuleCompiler.CLASS_NAMESPACE) {
                result[0] = PArguments.getParameter(frame, 0);
                return root;
            }
            PyDict d = new PyDict();
            for (int i = 0; i < fd.getNumberOfSlots(); i++) {
                Object name = fd.getSlotName(i);
                if (!(name instanceof String s) || s.startsWith(".")) {
                    continue;
                }
                Object v = frame.getValue(i);
                if (v instanceof PyCell c) {
                    v = c.value;
                }
                if (v != null && !(v instanceof com.oracle.truffle.api.frame.FrameSlotKind)) {
                    d.put(PyStrings.of(s), v);
                }
            }
            result[0] = d;
            return root;
        });
        return result[0] != null ? result[0] : BuiltinFunctions.moduleDict(PytContext.get(null).getMainModule());
    }

    @Builtin(name = "locals", signature = "()")
    @GenerateNodeFactory
    public abstract static class LocalsNode extends PytBuiltinNode.Varargs {
        @Specialization
        static Object locals(@SuppressWarnings("unused") Object[] args) {
            return callerLocals();
        }
    }

    @Builtin(name = "vars", signature = "(object=_, /)")
    @GenerateNodeFactory
    public abstract static class VarsNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object vars(Object obj) {
            if (obj == PyNone.NO_VALUE) {
                return callerLocals();
            }
            PyDict d = instanceDict(obj);
            if (d != null) {
                return d;
            }
            Object dict = PyObjectGetAttrNode.lookupUncached(obj, "__dict__");
            if (dict == null) {
                throw PyErrors.typeError(null, "vars() argument must have __dict__ attribute");
            }
            return dict;
        }
    }

    /** A snapshot of the namespace of a module, class or instance, or null for objects without one. */
    @TruffleBoundary
    public static PyDict instanceDict(Object obj) {
        if (obj instanceof PyModule m) {
            return BuiltinFunctions.moduleDict(m);
        } else if (obj instanceof PyType t) {
            PyDict d = new PyDict();
            for (java.util.Map.Entry<String, Object> e : t.getDict().entrySet()) {
                d.put(PyStrings.of(e.getKey()), e.getValue());
            }
            return d;
        } else if (obj instanceof PyObject o) {
            if (!o.getPyType().instancesHaveDict()) {
                return null;
            }
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            java.util.Map<String, Object> entries = new java.util.LinkedHashMap<>();
            for (Object key : lib.getKeyArray(o)) {
                if (key instanceof String s) {
                    entries.put(s, lib.getOrDefault(o, key, PyNone.NONE));
                }
            }
            return PyDict.namespaceOf(o, entries);
        } else if (obj instanceof pyt.runtime.SubclassableValue sv && sv.getSubclassData() != null) {
            return instanceDict(sv.getSubclassData());
        }
        return null;
    }

    @Builtin(name = "dir", signature = "(object=_, /)")
    @GenerateNodeFactory
    public abstract static class DirNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object dir(Object obj) {
            TreeSet<String> names = new TreeSet<>();
            if (obj == PyNone.NO_VALUE) {
                // a class body's namespace may be any mapping: take its keys by iterating it
                for (Object k : Iteration.toArray(callerLocals())) {
                    names.add(PyStrings.toJava((TruffleString) k));
                }
                return sortedList(names);
            }
            PyType type = BuiltinHelpers.types().typeOf(obj);
            Object custom = type.lookup("__dir__");
            // foreign values list their members (pyt.interop.ForeignObjectBuiltins)
            if (custom instanceof PyFunction || pyt.interop.InteropValues.isForeign(obj)) {
                Object[] items = Iteration.toArray(CallDispatchNode.callUncached(custom, obj));
                List<Object> list = new ArrayList<>(List.of(items));
                BuiltinIterationFunctions.sortInPlace(list, null, false, null);
                return new PyList(list.toArray());
            }
            if (obj instanceof PyModule m) {
                names.addAll(m.snapshot().keySet());
            } else if (obj instanceof PyType t) {
                for (PyType c : t.getMro()) {
                    names.addAll(c.getDict().keySet());
                }
            } else {
                if (obj instanceof PyObject o) {
                    for (Object key : DynamicObjectLibrary.getUncached().getKeyArray(o)) {
                        if (key instanceof String s) {
                            names.add(s);
                        }
                    }
                }
                for (PyType c : type.getMro()) {
                    names.addAll(c.getDict().keySet());
                }
            }
            return sortedList(names);
        }

        private static PyList sortedList(TreeSet<String> names) {
            PyList result = new PyList();
            for (String s : names) {
                result.add(PyStrings.of(s));
            }
            return result;
        }
    }
}
