package pyt.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.builtins.Builtin;
import pyt.builtins.BuiltinHelpers;
import pyt.builtins.BuiltinModule;
import pyt.builtins.PytBuiltinNode;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;

/** The builtin {@code open()}: text files through Truffle's file system ({@link Files}). */
@BuiltinModule(name = "builtins")
public final class FileBuiltins {
    private FileBuiltins() {
    }

    @Builtin(name = "open", signature = "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)")
    @GenerateNodeFactory
    public abstract static class OpenNode extends PytBuiltinNode.Varargs {
        @Specialization
        @TruffleBoundary
        static Object open(Object[] args) {
            if (!(args[0] instanceof TruffleString path)) {
                throw PyErrors.typeError(null, "expected str, bytes or os.PathLike object, not %s", BuiltinHelpers.typeName(args[0]));
            }
            String mode = BuiltinHelpers.str(args[1], "open() argument 'mode'");
            String encoding = args[3] == PyNone.NONE ? null : BuiltinHelpers.str(args[3], "open() argument 'encoding'");
            return Files.open(path.toJavaStringUncached(), mode, encoding);
        }
    }
}
