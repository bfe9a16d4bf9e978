package pyt.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.runtime.PyStaticMethod;

/** {@code staticmethod(function)}. */
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
}
