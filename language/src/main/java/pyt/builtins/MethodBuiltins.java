package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.nodes.lib.PyObjectHashNode;
import pyt.runtime.PyMethod;
import pyt.runtime.PySingleton;

/**
 * Methods of {@code method} (bound methods): calling, equality (the same function bound to the
 * identical object, as CPython 3.8+), and the function's attributes.
 */
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

    @Builtin(name = "__eq__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class EqNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object eq(Object self, Object other) {
            PyMethod m = method(self, "__eq__");
            if (!(other instanceof PyMethod o)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return pyt.nodes.expression.Comparisons.isIdentical(m.getSelf(), o.getSelf()) && m.getFunction() == o.getFunction();
        }
    }

    @Builtin(name = "__ne__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class NeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ne(Object self, Object other) {
            Object eq = EqNode.eq(self, other);
            return eq instanceof Boolean b ? !b : eq;
        }
    }

    @Builtin(name = "__hash__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static long hash(Object self) {
            PyMethod m = method(self, "__hash__");
            return PyObjectHashNode.identityHash(m.getSelf()) ^ PyObjectHashNode.hashUncached(m.getFunction());
        }
    }
}
