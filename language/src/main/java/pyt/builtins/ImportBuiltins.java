package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytContext;
import pyt.runtime.PyErrors;
import pyt.nodes.lib.PyObjectIsTrueNode;
import pyt.runtime.Importer;
import pyt.runtime.PyModule;
import pyt.runtime.PyNone;
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
            return importModule(PytContext.get(this), args[0], args[3]);
        }

        /** The top-level package for {@code import a.b}, the module itself when a fromlist is given. */
        @TruffleBoundary
        private static PyModule importModule(PytContext context, Object name, Object fromlist) {
            if (!(name instanceof TruffleString s)) {
                throw PyErrors.typeError(null, "__import__() argument 1 must be str, not %s", PyErrors.typeName(name));
            }
            String n = PyStrings.toJava(s);
            PyModule m = Importer.importModule(context, n);
            boolean hasFromlist = fromlist != PyNone.NONE && PyObjectIsTrueNode.isTrueUncached(fromlist);
            return hasFromlist || n.indexOf('.') < 0 ? m : context.getModule(n.substring(0, n.indexOf('.')));
        }
    }
}
