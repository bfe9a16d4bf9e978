package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.PytContext;
import pyt.nodes.lib.PyObjectStrNode;
import pyt.runtime.PyNone;
import pyt.runtime.PyTuple;

/** Functions of the {@code builtins} module. */
@BuiltinModule(name = "builtins")
public final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    @Builtin(name = "print", signature = "(*args, sep=None, end=None, file=None, flush=False)")
    @GenerateNodeFactory
    public abstract static class PrintNode extends PytBuiltinNode.Varargs {
        @Specialization
        Object print(Object[] args) {
            write(PytContext.get(this), (PyTuple) args[0], args[1], args[2]);
            return PyNone.NONE;
        }

        @TruffleBoundary
        private static void write(PytContext context, PyTuple values, Object sep, Object end) {
            StringBuilder sb = new StringBuilder();
            String separator = sep == PyNone.NONE ? " " : PyObjectStrNode.strUncached(sep);
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    sb.append(separator);
                }
                sb.append(PyObjectStrNode.strUncached(values.get(i)));
            }
            sb.append(end == PyNone.NONE ? "\n" : PyObjectStrNode.strUncached(end));
            context.out().print(sb);
            context.out().flush();
        }
    }
}
