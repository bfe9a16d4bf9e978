package pyt.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.runtime.PyClassMethod;

/** {@code classmethod(function)} and its {@code __func__}. */
@BuiltinClass(name = "classmethod")
public final class ClassMethodConstructor {
    private ClassMethodConstructor() {
    }

    @Builtin(name = "__new__", signature = "(cls, function, /)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Binary {
        @Specialization
        Object create(@SuppressWarnings("unused") Object cls, Object function) {
            return new PyClassMethod(function);
        }
    }

    @Builtin(name = "__func__", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class FuncNode extends PytBuiltinNode.Unary {
        @Specialization
        Object func(PyClassMethod self) {
            return self.getCallable();
        }
    }
}
