package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.runtime.PyMethod;

/** Methods of {@code method} (bound methods): calling, and the function's attributes. */
@BuiltinClass(name = "method")
public final class MethodBuiltins {
    private MethodBuiltins() {
    }

    static PyMethod method(Object self, String name) {
        if (self instanceof PyMethod m) {
            return m;
        }
        throw BuiltinHelpers.descriptorError(name, "method", self);
    }

    @Builtin(name = "__call__", signature = "(self, /, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class CallNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object call(Object self, Object args, Object kwargs) {
            return FunctionBuiltins.call(method(self, "__call__"), args, kwargs);
        }
    }

    @Builtin(name = "__getattr__", signature = "(self, name, /)")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object getattr(Object self, Object name) {
            PyMethod m = method(self, "__getattr__");
            return PyObjectGetAttrNode.getUncached(m.getFunction(), BuiltinObjectFunctions.attrName(name));
        }
    }
}
