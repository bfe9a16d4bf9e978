package pyt.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;

/**
 * {@code type.__new__(metaclass, name, bases, namespace)}: makes a class from the namespace a
 * class body filled, computing its MRO, running {@code __set_name__} and the parent's
 * {@code __init_subclass__}, and filling the {@code __class__} cell for zero-argument super().
 */
public final class ClassFactory {
    private ClassFactory() {
    }

    @TruffleBoundary
    public static PyType create(PyType metaclass, String name, PyTuple bases, PyDict namespace, PyDict initSubclassKwargs) {
        BuiltinTypes types = PytLanguage.get(null).types();
        PyType[] baseTypes = new PyType[bases.size() == 0 ? 1 : bases.size()];
        if (bases.size() == 0) {
            baseTypes[0] = types.object;
        }
        for (int i = 0; i < bases.size(); i++) {
            if (!(bases.get(i) instanceof PyType t)) {
                throw PyErrors.typeError(null, "bases must be types");
            }
            if (t == types.bool || t == types.noneType || t == types.range || t == types.slice || t == types.function) {
                throw PyErrors.typeError(null, "type '%s' is not an acceptable base type", t.getName());
            }
            for (int j = 0; j < i; j++) {
                if (baseTypes[j] == t) {
                    throw PyErrors.typeError(null, "duplicate base class %s", t.getName());
                }
            }
            baseTypes[i] = t;
        }
        Object module = namespace.get(PyStrings.of("__module__"));
        PyType cls;
        try {
            cls = new PyType(name, module instanceof TruffleString m ? PyStrings.toJava(m) : "builtins", baseTypes, types.rootShape);
        } catch (Mro.MroError e) {
            throw PyErrors.typeError(null, "Cannot create a consistent method resolution\norder (MRO) for bases %s", e.heads);
        }
        if (metaclass != types.type) {
            cls.setMetaclass(metaclass);
        }
        Object qualname = namespace.get(PyStrings.of("__qualname__"));
        if (qualname instanceof TruffleString q) {
            cls.setQualname(PyStrings.toJava(q));
        }
        PyCell classCell = null;
        for (Object[] e : namespace.entries()) {
            if (!(e[0] instanceof TruffleString key)) {
                continue;
            }
            String k = PyStrings.toJava(key);
            if (k.equals("__classcell__")) {
                classCell = (PyCell) e[1];
                continue;
            }
            if (k.equals("__qualname__")) {
                continue;
            }
            Object v = e[1];
            if ((k.equals("__init_subclass__") || k.equals("__class_getitem__")) && v instanceof PyFunction) {
                v = new PyClassMethod(v);
            } else if (k.equals("__new__") && v instanceof PyFunction) {
                v = new PyStaticMethod(v);
            }
            cls.define(k, v);
        }
        if (cls.getOwn("__doc__") == null) {
            cls.define("__doc__", PyNone.NONE);
        }
        if (cls.getOwn("__eq__") != null && cls.getOwn("__hash__") == null) {
            // Defining __eq__ without __hash__ makes instances unhashable, as in CPython.
            cls.define("__hash__", PyNone.NONE);
        }
        Object slots = cls.getOwn("__slots__");
        if (slots != null) {
            cls.setSlots(slotNames(slots));
        }
        if (classCell != null) {
            classCell.value = cls;
        }
        for (Object[] e : namespace.entries()) {
            if (e[0] instanceof TruffleString key && !PyStrings.toJava(key).equals("__classcell__")) {
                Object setName = PytLanguage.get(null).types().typeOf(e[1]).lookup("__set_name__");
                if (setName != null) {
                    CallDispatchNode.callUncached(setName, e[1], cls, key);
                }
            }
        }
        Object initSubclass = lookupInBases(cls, "__init_subclass__");
        if (initSubclass != null) {
            Object bound = initSubclass instanceof PyClassMethod c ? new PyMethod(cls, c.getCallable()) : initSubclass;
            callWithKeywords(bound, initSubclassKwargs);
        }
        return cls;
    }

    private static void callWithKeywords(Object callee, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) {
            CallDispatchNode.callUncached(callee);
            return;
        }
        String[] names = new String[kwargs.size()];
        Object[] values = new Object[kwargs.size()];
        int i = 0;
        for (Object[] e : kwargs.entries()) {
            names[i] = PyStrings.toJava((TruffleString) e[0]);
            values[i++] = e[1];
        }
        pyt.nodes.call.CallDispatchNodeGen.getUncached().execute(callee, new Object[0], names, values);
    }

    /** The names a {@code __slots__} value allows (a string or an iterable of strings). */
    private static java.util.Set<String> slotNames(Object slots) {
        java.util.Set<String> names = new java.util.HashSet<>();
        Object[] items = slots instanceof TruffleString s ? new Object[]{s} : pyt.nodes.lib.Iteration.toArray(slots);
        for (Object item : items) {
            if (item instanceof TruffleString s) {
                names.add(PyStrings.toJava(s));
            }
        }
        return names;
    }

    /** Looks a name up in the MRO of a class, skipping the class itself. */
    private static Object lookupInBases(PyType cls, String name) {
        PyType[] mro = cls.getMro();
        for (int i = 1; i < mro.length; i++) {
            Object v = mro[i].getOwn(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The metaclass to use: the most derived of the explicit one and the bases' metaclasses. */
    @TruffleBoundary
    public static PyType selectMetaclass(Object explicit, PyTuple bases) {
        BuiltinTypes types = PytLanguage.get(null).types();
        PyType winner = explicit instanceof PyType t ? t : types.type;
        for (Object b : bases.items()) {
            PyType meta = types.typeOf(b);
            if (meta.isSubtypeOf(winner)) {
                winner = meta;
            } else if (!winner.isSubtypeOf(meta)) {
                throw PyErrors.typeError(null,
                                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            }
        }
        return winner;
    }

}
