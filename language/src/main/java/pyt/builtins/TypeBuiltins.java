package pyt.builtins;


import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.call.CallDispatchNodeGen;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/** Methods of {@code type} besides construction (TypeConstructor): calling, repr and introspection. */
@BuiltinClass(name = "type")
public final class TypeBuiltins {
    private TypeBuiltins() {
    }

    static PyType type(Object self, String method) {
        if (self instanceof PyType t) {
            return t;
        }
        throw BuiltinHelpers.descriptorError(method, "type", self);
    }

    @Builtin(name = "__call__", signature = "(self, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class CallNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object call(Object self, Object args, Object kwargs) {
            PyType t = type(self, "__call__");
            PyDict kw = (PyDict) kwargs;
            int n = kw.size();
            String[] names = new String[n];
            Object[] values = new Object[n];
            int j = 0;
            for (Object[] e : kw.entries()) {
                names[j] = PyStrings.toJava((TruffleString) e[0]);
                values[j++] = e[1];
            }
            return CallDispatchNodeGen.getUncached().execute(t, ((PyTuple) args).items(), n == 0 ? null : names, n == 0 ? null : values);
        }
    }

    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object repr(Object self) {
            return PyStrings.of(type(self, "__repr__").toString());
        }
    }

    @Builtin(name = "__subclasses__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class SubclassesNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object subclasses(Object self) {
            PyType t = type(self, "__subclasses__");
            PyList result = new PyList();
            for (PyType c : BuiltinHelpers.types().all().values()) {
                if (c != t && c.getBases().length > 0 && java.util.Arrays.asList(c.getBases()).contains(t)) {
                    result.add(c);
                }
            }
            return result;
        }
    }

    @Builtin(name = "__instancecheck__", signature = "(self, instance, /)")
    @GenerateNodeFactory
    public abstract static class InstanceCheckNode extends PytBuiltinNode.Binary {
        @Specialization
        static boolean check(Object self, Object instance) {
            return BuiltinHelpers.types().typeOf(instance).isSubtypeOf(type(self, "__instancecheck__"));
        }
    }

    @Builtin(name = "__subclasscheck__", signature = "(self, subclass, /)")
    @GenerateNodeFactory
    public abstract static class SubclassCheckNode extends PytBuiltinNode.Binary {
        @Specialization
        static boolean check(Object self, Object sub) {
            PyType t = type(self, "__subclasscheck__");
            if (!(sub instanceof PyType s)) {
                throw PyErrors.typeError(null, "issubclass() arg 1 must be a class");
            }
            return s.isSubtypeOf(t);
        }
    }

    @Builtin(name = "__prepare__", signature = "(mcs, *args, **kwargs)", isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class PrepareNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object prepare(@SuppressWarnings("unused") Object mcs, @SuppressWarnings("unused") Object args,
                        @SuppressWarnings("unused") Object kwargs) {
            return new PyDict();
        }
    }
}
