package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.PytLanguage;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.PySuper;
import pyt.runtime.PyType;

/** {@code super(cls, obj)}; the compiler supplies both arguments for zero-argument {@code super()}. */
@BuiltinClass(name = "super")
public final class SuperConstructor {
    private SuperConstructor() {
    }

    @Builtin(name = "__new__", signature = "(cls, type=_, obj=_, /)")
    @GenerateNodeFactory
    public abstract static class SuperNewNode extends PytBuiltinNode.Ternary {
        @Specialization
        Object create(@SuppressWarnings("unused") Object cls, Object type, Object obj) {
            return makeSuper(type, obj);
        }

        @TruffleBoundary
        private static Object makeSuper(Object type, Object obj) {
            if (type == PyNone.NO_VALUE) {
                throw PyErrors.raise(null, pyt.runtime.PyErr.RuntimeError, "super(): no arguments");
            }
            if (!(type instanceof PyType t)) {
                throw PyErrors.typeError(null, "super() argument 1 must be a type, not %s", PyErrors.typeName(type));
            }
            if (obj == PyNone.NO_VALUE) {
                return new PySuper(t, PyNone.NONE, t);
            }
            PyType objType = obj instanceof PyType ot && ot.isSubtypeOf(t) ? ot : PytLanguage.get(null).types().typeOf(obj);
            if (!objType.isSubtypeOf(t)) {
                throw PyErrors.typeError(null, "super(type, obj): obj must be an instance or subtype of type");
            }
            return new PySuper(t, obj, objType);
        }
    }

    @Builtin(name = "__init__", signature = "(self, *args)")
    @GenerateNodeFactory
    public abstract static class SuperInitNode extends PytBuiltinNode.Binary {
        @Specialization
        Object init(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object args) {
            return PyNone.NONE;
        }
    }

    /** CPython's form: {@code <super: <class 'A'>, <B object>>}, or {@code NULL} when unbound. */
    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class SuperReprNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            if (!(self instanceof PySuper s)) {
                throw BuiltinHelpers.descriptorError("__repr__", "super", self);
            }
            String obj = s.getSelf() == PyNone.NONE ? "NULL" : "<" + s.getSelfType().getName() + " object>";
            return PyStrings.of("<super: <class '" + s.getThisClass().getName() + "'>, " + obj + ">");
        }
    }
}
