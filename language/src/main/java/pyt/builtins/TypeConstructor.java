package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytLanguage;
import pyt.runtime.ClassFactory;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/** Making classes: {@code type(name, bases, dict)}, and {@code type(x)}. */
@BuiltinClass(name = "type")
public final class TypeConstructor {
    private TypeConstructor() {
    }

    @Builtin(name = "__new__", signature = "(metatype, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Ternary {
        @Specialization
        Object create(Object metatype, Object args, Object kwargs) {
            return newType(metatype, (PyTuple) args, (PyDict) kwargs);
        }

        @TruffleBoundary
        private static Object newType(Object metatype, PyTuple args, PyDict kwargs) {
            if (args.size() == 1 && kwargs.size() == 0) {
                return PytLanguage.get(null).types().typeOf(args.get(0));
            }
            if (args.size() != 3) {
                throw PyErrors.typeError(null, "type() takes 1 or 3 arguments");
            }
            if (!(metatype instanceof PyType meta)) {
                throw PyErrors.typeError(null, "type.__new__(X): X is not a type object (%s)", PyErrors.typeName(metatype));
            }
            if (!(args.get(0) instanceof TruffleString name)) {
                throw PyErrors.typeError(null, "type.__new__() argument 1 must be str, not %s", PyErrors.typeName(args.get(0)));
            }
            if (!(args.get(1) instanceof PyTuple bases)) {
                throw PyErrors.typeError(null, "type.__new__() argument 2 must be tuple, not %s", PyErrors.typeName(args.get(1)));
            }
            if (!(args.get(2) instanceof PyDict ns)) {
                throw PyErrors.typeError(null, "type.__new__() argument 3 must be dict, not %s", PyErrors.typeName(args.get(2)));
            }
            // as CPython, the most derived metaclass of the bases is decided before anything else
            PyType winner = ClassFactory.selectMetaclass(meta, bases);
            PyDict namespace = ns.copy();
            if (namespace.get(PyStrings.of("__module__")) == null) {
                namespace.put(PyStrings.of("__module__"), PyStrings.of("__main__"));
            }
            return ClassFactory.create(winner, PyStrings.toJava(name), bases, namespace, kwargs);
        }
    }

    @Builtin(name = "__init__", signature = "(self, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class InitNode extends PytBuiltinNode.Ternary {
        @Specialization
        Object init(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object args,
                        @SuppressWarnings("unused") Object kwargs) {
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__call__", signature = "(self, /, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class CallNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object call(Object self, Object args, Object kwargs) {
            if (!(self instanceof PyType t)) {
                throw PyErrors.typeError(null, "descriptor '__call__' requires a 'type' object but received a '%s'", PyErrors.typeName(self));
            }
            PyDict kw = (PyDict) kwargs;
            String[] names = kw.size() == 0 ? null : new String[kw.size()];
            Object[] values = new Object[kw.size()];
            int i = 0;
            for (Object[] e : kw.entries()) {
                names[i] = PyStrings.toJava((TruffleString) e[0]);
                values[i++] = e[1];
            }
            return pyt.nodes.call.TypeCall.callDefault(t, ((PyTuple) args).items(), names, values);
        }
    }

    @Builtin(name = "mro", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class MroNode extends PytBuiltinNode.Unary {
        @Specialization
        Object mro(PyType self) {
            return new pyt.runtime.PyList(self.getMro().clone());
        }
    }
}
