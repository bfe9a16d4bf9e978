package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.call.CallDispatchNodeGen;
import pyt.runtime.PyCell;
import pyt.runtime.PyDict;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyFunction;
import pyt.runtime.PyMethod;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;

/**
 * Methods of {@code function}: binding, calling and the attributes the generic lookup does not
 * know ({@code __module__}, {@code __globals__}, {@code __code__}...). Its reprs are
 * {@code PyObjectReprNode}'s.
 */
@BuiltinClass(name = "function")
public final class FunctionBuiltins {
    private FunctionBuiltins() {
    }

    static PyFunction function(Object self, String method) {
        if (self instanceof PyFunction f) {
            return f;
        }
        throw BuiltinHelpers.descriptorError(method, "function", self);
    }

    /** {@code callee(*args, **kwargs)} with the arguments as builtins receive them. */
    @TruffleBoundary
    static Object call(Object callee, Object args, Object kwargs) {
        PyDict kw = (PyDict) kwargs;
        int n = kw.size();
        String[] names = new String[n];
        Object[] values = new Object[n];
        int j = 0;
        for (Object[] e : kw.entries()) {
            names[j] = PyStrings.toJava((TruffleString) e[0]);
            values[j++] = e[1];
        }
        return CallDispatchNodeGen.getUncached().execute(callee, ((PyTuple) args).items(), n == 0 ? null : names, n == 0 ? null : values);
    }

    @Builtin(name = "__call__", signature = "(self, /, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class CallNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object call(Object self, Object args, Object kwargs) {
            return FunctionBuiltins.call(function(self, "__call__"), args, kwargs);
        }
    }

    @Builtin(name = "__get__", signature = "(self, instance, owner=None, /)")
    @GenerateNodeFactory
    public abstract static class GetNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object get(Object self, Object instance, @SuppressWarnings("unused") Object owner) {
            PyFunction f = function(self, "__get__");
            return instance == PyNone.NONE ? f : new PyMethod(instance, f);
        }
    }

    @Builtin(name = "__getattr__", signature = "(self, name, /)")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object getattr(Object self, Object name) {
            PyFunction f = function(self, "__getattr__");
            String n = BuiltinObjectFunctions.attrName(name);
            switch (n) {
                case "__module__":
                    Object m = f.getGlobals() == null ? null : f.getGlobals().get("__name__");
                    return m == null ? PyNone.NONE : m;
                case "__globals__":
                    return f.getGlobals() == null ? new PyDict() : BuiltinFunctions.moduleDict(f.getGlobals());
                case "__code__":
                    return f.getCode();
                case "__kwdefaults__": {
                    Object[] kw = f.getKwDefaults();
                    String[] names = f.getCode().getSignature().names();
                    int start = f.getCode().getSignature().kwOnlyStart();
                    PyDict d = new PyDict();
                    for (int i = 0; kw != null && i < kw.length; i++) {
                        if (kw[i] != null) {
                            d.put(PyStrings.of(names[start + i]), kw[i]);
                        }
                    }
                    return d.size() == 0 ? PyNone.NONE : d;
                }
                case "__closure__": {
                    PyCell[] cells = f.getClosure();
                    return cells == null || cells.length == 0 ? PyNone.NONE : PyTuple.of((Object[]) cells);
                }
                case "__annotations__":
                case "__dict__":
                    return new PyDict();
                default:
                    throw PyErrors.raise(null, PyErr.AttributeError, "'function' object has no attribute '%s'", n);
            }
        }
    }
}
