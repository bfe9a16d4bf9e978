package pyt.interop;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.builtins.Builtin;
import pyt.builtins.BuiltinClass;
import pyt.builtins.BuiltinHelpers;
import pyt.builtins.PytBuiltinNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;

/**
 * {@code polyglot.ForeignException}: a caught Java (or other language's) exception. Besides
 * the usual exception attributes it offers the foreign exception's own members
 * ({@code e.getMessage()}, {@code e.getClass()}) and the foreign object itself as {@code e.foreign}.
 */
@BuiltinClass(name = "polyglot.ForeignException")
public final class ForeignExceptionBuiltins {
    private ForeignExceptionBuiltins() {
    }

    @Builtin(name = "__getattr__", signature = "(self, name, /)")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object getattr(Object self, Object name) {
            String n = BuiltinHelpers.str(name, "attribute name");
            if (self instanceof PyForeignException e) {
                if (n.equals("foreign")) {
                    return e.getForeignException();
                }
                return Foreign.getAttr(e.getForeignException(), n);
            }
            throw PyErrors.raise(null, PyErr.AttributeError, "'ForeignException' object has no attribute '%s'", n);
        }
    }
}
