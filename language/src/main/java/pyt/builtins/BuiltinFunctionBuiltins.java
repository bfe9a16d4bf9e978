package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.runtime.PyBuiltinFunction;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;

/** Methods of {@code builtin_function_or_method}: calling and a few attributes. */
@BuiltinClass(name = "builtin_function_or_method")
public final class BuiltinFunctionBuiltins {
    private BuiltinFunctionBuiltins() {
    }

    static PyBuiltinFunction function(Object self, String name) {
        if (self instanceof PyBuiltinFunction f) {
            return f;
        }
        throw BuiltinHelpers.descriptorError(name, "builtin_function_or_method", self);
    }

    @Builtin(name = "__call__", signature = "(self, /, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class CallNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object call(Object self, Object args, Object kwargs) {
            return FunctionBuiltins.call(function(self, "__call__"), args, kwargs);
        }
    }

    @Builtin(name = "__getattr__", signature = "(self, name, /)")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object getattr(Object self, Object name) {
            PyBuiltinFunction f = function(self, "__getattr__");
            String n = BuiltinObjectFunctions.attrName(name);
            switch (n) {
                case "__qualname__":
                    return PyStrings.of(f.getOwner() == null ? f.getName() : f.getOwner().getName() + "." + f.getName());
                case "__module__":
                    return f.getOwner() == null ? PyStrings.of("builtins") : PyNone.NONE;
                case "__doc__":
                    return f.getDoc() == null || f.getDoc().isEmpty() ? PyNone.NONE : PyStrings.of(f.getDoc());
                case "__self__":
                    return PyNone.NONE;
                default:
                    throw PyErrors.raise(null, PyErr.AttributeError, "'builtin_function_or_method' object has no attribute '%s'", n);
            }
        }
    }
}
