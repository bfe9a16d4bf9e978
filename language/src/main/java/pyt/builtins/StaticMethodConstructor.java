package pyt.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.runtime.PyStaticMethod;

/** {@code staticmethod(function)}, its {@code __func__}, and calling it directly. */
@BuiltinClass(name = "staticmethod")
public final class StaticMethodConstructor {
    private StaticMethodConstructor() {
    }

    @Builtin(name = "__new__", signature = "(cls, function, /)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Binary {
        @Specialization
        Object create(@SuppressWarnings("unused") Object cls, Object function) {
            return new PyStaticMethod(function);
        }
    }

    @Builtin(name = "__func__", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class FuncNode extends PytBuiltinNode.Unary {
        @Specialization
        Object func(PyStaticMethod self) {
            return self.getCallable();
        }
    }

    /** Since 3.10 a staticmethod can be called as it is, e.g. from a list made in the class body. */
    @Builtin(name = "__call__", signature = "(self, /, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class CallNode extends PytBuiltinNode.Ternary {
        @Specialization
        Object call(PyStaticMethod self, Object args, Object kwargs) {
            return FunctionBuiltins.call(self.getCallable(), args, kwargs);
        }
    }
}
