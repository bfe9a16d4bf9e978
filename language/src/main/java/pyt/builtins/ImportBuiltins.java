package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytContext;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyModule;
import pyt.runtime.PyStrings;

/** {@code __import__}: the function behind the import statement, for code that calls it directly. */
@BuiltinModule(name = "builtins")
public final class ImportBuiltins {
    private ImportBuiltins() {
    }

    @Builtin(name = "__import__", signature = "(name, globals=None, locals=None, fromlist=None, level=0)")
    @GenerateNodeFactory
    public abstract static class ImportNode extends PytBuiltinNode.Varargs {
        @Specialization
        Object doImport(Object[] args) {
            return importModule(PytContext.get(this), args[0]);
        }

        @TruffleBoundary
        private static PyModule importModule(PytContext context, Object name) {
            if (!(name instanceof TruffleString s)) {
                throw PyErrors.typeError(null, "__import__() argument 1 must be str, not %s", PyErrors.typeName(name));
            }
            String n = PyStrings.toJava(s);
            PyModule m = context.importBuiltinModule(n);
            if (m == null) {
                throw PyErrors.raise(null, PyErr.ModuleNotFoundError, "No module named '%s'", n);
            }
            return m;
        }
    }
}
