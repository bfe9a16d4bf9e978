package pyt.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pyt.PytLanguage;
import pyt.runtime.PyClassMethod;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PyStaticMethod;
import pyt.runtime.PyType;

/** Calling a class: {@code type.__call__}, which runs {@code __new__} and then {@code __init__}. */
public final class TypeCall {
    private TypeCall() {
    }

    @TruffleBoundary
    static Object call(PyType type, Object[] positional, String[] kwNames, Object[] kwValues) {
        PyType metaCall = PytLanguage.get(null).types().type;
        if (type == metaCall && positional.length == 1 && kwNames == null) {
            return PytLanguage.get(null).types().typeOf(positional[0]);
        }
        PyType metaclass = type.getMetaclass();
        if (metaclass != null) {
            Object override = metaclass.lookup("__call__");
            if (override instanceof pyt.runtime.PyFunction) {
                return CallDispatchNodeGen.getUncached().execute(override, CallDispatchNode.prepend(type, positional), kwNames, kwValues);
            }
        }
        return callDefault(type, positional, kwNames, kwValues);
    }

    /** {@code type.__call__} itself: what a metaclass's {@code __call__} reaches through super(). */
    @TruffleBoundary
    public static Object callDefault(PyType type, Object[] positional, String[] kwNames, Object[] kwValues) {
        CallDispatchNode call = CallDispatchNodeGen.getUncached();
        Object newFn = ClassCall.unwrap(type.lookup("__new__"));
        if (newFn == null) {
            throw PyErrors.typeError(null, "cannot create '%s' instances", type.getName());
        }
        Object instance = call.execute(newFn, CallDispatchNode.prepend(type, positional), kwNames, kwValues);
        PyType instanceType = PytLanguage.get(null).types().typeOf(instance);
        if (instanceType.isSubtypeOf(type)) {
            Object init = type.lookup("__init__");
            if (init != null) {
                Object r = call.execute(init, CallDispatchNode.prepend(instance, positional), kwNames, kwValues);
                if (r != PyNone.NONE) {
                    throw PyErrors.typeError(null, "__init__() should return None, not '%s'", PyErrors.typeName(r));
                }
            }
        }
        return instance;
    }
}
