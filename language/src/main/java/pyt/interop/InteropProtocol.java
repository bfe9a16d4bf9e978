package pyt.interop;

import java.util.LinkedHashSet;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytLanguage;
import pyt.builtins.BuiltinHelpers;
import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.nodes.lib.PyObjectGetIterNode;
import pyt.nodes.lib.PyObjectReprNode;
import pyt.nodes.lib.PyObjectSetAttrNode;
import pyt.nodes.lib.PyObjectStrNode;
import pyt.runtime.BuiltinTypes;
import pyt.runtime.InteropArray;
import pyt.runtime.PyBaseException;
import pyt.runtime.PyCallable;
import pyt.runtime.PyDict;
import pyt.runtime.PyException;
import pyt.runtime.PyFunction;
import pyt.runtime.PyIterator;
import pyt.runtime.PyList;
import pyt.runtime.PyModule;
import pyt.runtime.PyObject;
import pyt.runtime.PyRange;
import pyt.runtime.PySet;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/**
 * The interop messages every Python value answers the same way, implemented with Python's own
 * protocols: members are attributes ({@code getattr}/{@code setattr}), invoking a member calls
 * the attribute, a value is executable when it is callable, iterable when {@code iter()}
 * accepts it, its meta object is its class and its display string is {@code str()}. The
 * exports of {@link InteropObject}, {@link PyObject}, {@link PyType} and {@link PyCallable}
 * delegate here; arguments are converted with {@link InteropValues#toPython} and results with
 * {@link InteropValues#toInterop}.
 */
public final class InteropProtocol {
    private InteropProtocol() {
    }

    static BuiltinTypes types() {
        return PytLanguage.get(null).types();
    }

    // ---- members

    /** Attribute names: the instance's own, then its class's along the MRO; dunder names only when internal ones are asked for. */
    @TruffleBoundary
    public static Object getMembers(Object v, boolean includeInternal) {
        Set<String> names = new LinkedHashSet<>();
        if (v instanceof PyModule m) {
            names.addAll(m.snapshot().keySet());
        } else {
            if (v instanceof PyObject o) {
                for (Object key : DynamicObjectLibrary.getUncached().getKeyArray(o)) {
                    if (key instanceof String s) {
                        names.add(s);
                    }
                }
            }
            PyType type = v instanceof PyType t ? t : types().typeOf(v);
            for (PyType t : type.getMro()) {
                if (t != types().object) {
                    names.addAll(t.getDict().keySet());
                }
            }
        }
        return new InteropArray(names.stream().filter(n -> includeInternal || !n.startsWith("__")).map(PyStrings::of).toArray());
    }

    @TruffleBoundary
    public static boolean isMemberReadable(Object v, String name) {
        try {
            return PyObjectGetAttrNode.lookupUncached(v, name) != null || hasGetattrHook(v);
        } catch (PyException e) {
            return false;
        }
    }

    @TruffleBoundary
    public static Object readMember(Object v, String name) throws UnknownIdentifierException {
        return InteropValues.toInterop(getAttribute(v, name));
    }

    private static Object getAttribute(Object v, String name) throws UnknownIdentifierException {
        try {
            return PyObjectGetAttrNode.getUncached(v, name);
        } catch (PyException e) {
            if (e.getPyType().isSubtypeOf(types().AttributeError)) {
                throw UnknownIdentifierException.create(name, e);
            }
            throw e;
        }
    }

    @TruffleBoundary
    public static boolean isMemberModifiable(Object v, String name) {
        return hasWritableAttributes(v) && isMemberReadable(v, name);
    }

    @TruffleBoundary
    public static boolean isMemberInsertable(Object v, String name) {
        return hasWritableAttributes(v) && !isMemberReadable(v, name);
    }

    @TruffleBoundary
    public static void writeMember(Object v, String name, Object value) throws UnsupportedMessageException {
        if (!hasWritableAttributes(v)) {
            throw UnsupportedMessageException.create();
        }
        PyObjectSetAttrNode.setUncached(v, name, InteropValues.toPython(value));
    }

    @TruffleBoundary
    public static boolean isMemberRemovable(Object v, String name) {
        if (v instanceof PyModule m) {
            return m.get(name) != null;
        } else if (v instanceof PyObject o) {
            return DynamicObjectLibrary.getUncached().containsKey(o, name);
        } else if (v instanceof PyType t) {
            return hasWritableAttributes(t) && t.getOwn(name) != null;
        }
        return false;
    }

    @TruffleBoundary
    public static void removeMember(Object v, String name) throws UnsupportedMessageException, UnknownIdentifierException {
        if (!isMemberRemovable(v, name)) {
            if (hasWritableAttributes(v)) {
                throw UnknownIdentifierException.create(name);
            }
            throw UnsupportedMessageException.create();
        }
        if (v instanceof PyModule m) {
            m.set(name, null);
        } else {
            PyObjectSetAttrNode.setUncached(v, name, null);
        }
    }

    @TruffleBoundary
    public static boolean isMemberInvocable(Object v, String name) {
        try {
            Object attr = PyObjectGetAttrNode.lookupUncached(v, name);
            return attr != null && BuiltinHelpers.isCallable(attr);
        } catch (PyException e) {
            return false;
        }
    }

    @TruffleBoundary
    public static Object invokeMember(Object v, String name, Object[] arguments) throws UnknownIdentifierException, UnsupportedMessageException {
        Object attr = getAttribute(v, name);
        if (!BuiltinHelpers.isCallable(attr)) {
            throw UnsupportedMessageException.create();
        }
        return InteropValues.toInterop(CallDispatchNode.callUncached(attr, InteropValues.toPython(arguments)));
    }

    /** Instances, modules and user-defined classes take new attributes; builtin values do not. */
    private static boolean hasWritableAttributes(Object v) {
        if (v instanceof PyType t) {
            return !"builtins".equals(t.getModule()) || types().byName(t.getName()) != t;
        }
        return v instanceof PyObject || v instanceof PyModule;
    }

    private static boolean hasGetattrHook(Object v) {
        return v instanceof PyObject && types().typeOf(v).lookup("__getattr__") != null;
    }

    // ---- calls

    @TruffleBoundary
    public static boolean isExecutable(Object v) {
        return BuiltinHelpers.isCallable(v);
    }

    @TruffleBoundary
    public static Object execute(Object v, Object[] arguments) throws UnsupportedMessageException {
        if (!isExecutable(v)) {
            throw UnsupportedMessageException.create();
        }
        return InteropValues.toInterop(CallDispatchNode.callUncached(v, InteropValues.toPython(arguments)));
    }

    // ---- iteration

    @TruffleBoundary
    public static boolean hasIterator(Object v) {
        if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet || v instanceof PyRange
                        || v instanceof PyIterator || v instanceof TruffleString) {
            return true;
        }
        if (v instanceof PyType || v instanceof PyModule || v instanceof PyCallable) {
            return false;
        }
        PyType type = types().typeOf(v);
        return type.lookup("__iter__") != null || type.lookup("__getitem__") != null;
    }

    @TruffleBoundary
    public static Object getIterator(Object v) throws UnsupportedMessageException {
        if (!hasIterator(v)) {
            throw UnsupportedMessageException.create();
        }
        return new InteropIterator(PyObjectGetIterNode.getIterUncached(v));
    }

    // ---- meta objects and display

    public static Object getMetaObject(Object v) {
        return types().typeOf(v);
    }

    /** {@code str(v)}; without side effects, the builtin representation that runs no Python code. */
    @TruffleBoundary
    public static Object toDisplayString(Object v, boolean allowSideEffects) {
        if (allowSideEffects) {
            try {
                return PyObjectStrNode.str(v);
            } catch (PyException e) {
                // a failing __str__ must not make the value undisplayable
            }
        }
        PyType type = types().typeOf(v);
        if (type.lookup("__repr__") instanceof PyFunction || type.lookup("__str__") instanceof PyFunction) {
            String module = type.getModule();
            return PyStrings.of("<" + (module == null || module.equals("builtins") ? "" : module + ".") + type.getQualname() + " object>");
        }
        return PyObjectReprNode.repr(v);
    }

    // ---- exceptions

    /** Raises a caught Python exception object again, with its original traceback when it has one. */
    @TruffleBoundary
    public static RuntimeException throwException(PyBaseException e) {
        PyException carrier = e.getException();
        throw carrier != null ? carrier : new PyException(e, null);
    }

    @TruffleBoundary
    public static Object exceptionMessage(PyBaseException e) {
        return PyStrings.of(pyt.runtime.ExceptionText.lastLine(e));
    }
}
