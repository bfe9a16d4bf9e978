package pyt.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pyt.PytLanguage;
import pyt.runtime.BuiltinTypes;
import pyt.runtime.PyBuiltinFunction;
import pyt.runtime.PyClassMethod;
import pyt.runtime.PyFunction;
import pyt.runtime.PyStaticMethod;
import pyt.runtime.PyType;

/**
 * What calling a class runs, looked up once for {@link CallDispatchNode}'s class cache.
 * {@code newFn} null: allocate a plain instance with the class's shape (its {@code __new__} is
 * object's), then call {@code init}; with {@code init} null too (object's, which takes no
 * arguments then) only calls without arguments take this path. Otherwise call {@code newFn}, then {@code init} unless null
 * (object's {@code __init__}, which accepts and ignores the arguments when {@code __new__} is not
 * object's).
 */
record ClassCall(Object newFn, Object init) {

    /** The plan for calling {@code type}, or null when it must take {@link TypeCall}. */
    @TruffleBoundary
    static ClassCall of(PyType type) {
        BuiltinTypes types = PytLanguage.get(null).types();
        if (type.getMetaclass() != null || type == types.type) {
            return null;
        }
        Object newFn = unwrap(type.lookup("__new__"));
        Object init = type.lookup("__init__");
        if (newFn == null || init == null) {
            return null;
        }
        boolean objectNew = newFn instanceof PyBuiltinFunction b && b.getOwner() == types.object;
        boolean objectInit = init instanceof PyBuiltinFunction b && b.getOwner() == types.object;
        if (objectNew) {
            // a plain instance, when no builtin base needs its own layout
            if (hasBuiltinBase(type, types) || !(objectInit || init instanceof PyFunction)) {
                return null;
            }
            return new ClassCall(null, objectInit ? null : init);
        }
        return new ClassCall(newFn, objectInit ? null : init);
    }

    private static boolean hasBuiltinBase(PyType type, BuiltinTypes types) {
        for (PyType t : type.getMro()) {
            if (t != types.object && types.byName(t.getName()) == t) {
                return true;
            }
        }
        return false;
    }

    /** The function behind a {@code __new__} descriptor. */
    static Object unwrap(Object descriptor) {
        if (descriptor instanceof PyStaticMethod s) {
            return s.getCallable();
        }
        if (descriptor instanceof PyClassMethod c) {
            return c.getCallable();
        }
        return descriptor;
    }
}
