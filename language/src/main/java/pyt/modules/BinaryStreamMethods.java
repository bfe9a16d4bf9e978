package pyt.modules;

import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.builtins.Builtin;
import pyt.builtins.BuiltinHelpers;
import pyt.builtins.BuiltinModule;
import pyt.runtime.PyBytes;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.builtins.PytBuiltinNode;

/**
 * The methods of the {@code buffer} of the standard streams ({@code sys.stdout.buffer.write(b)},
 * {@code sys.stdin.buffer.read()}): the same {@link TextStream}s seen as bytes (UTF-8).
 */
@BuiltinModule(name = BinaryStreamMethods.GROUP)
public final class BinaryStreamMethods {
    static final String GROUP = "_io.BufferedStream";

    private BinaryStreamMethods() {
    }

    static PyBytes bytes(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    @Builtin(name = "write", signature = "(self, b, /)")
    @GenerateNodeFactory
    public abstract static class WriteNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object write(Object self, Object b) {
            TextStream s = TextStreamMethods.self(self, "write");
            if (!(b instanceof PyBytes bytes)) {
                throw PyErrors.typeError(null, "a bytes-like object is required, not '%s'", BuiltinHelpers.typeName(b));
            }
            if (s.output() == null) {
                throw PyErrors.raise(null, pyt.runtime.PyErr.OSError, "write");
            }
            s.output().write(bytes.bytes(), 0, bytes.bytes().length);
            s.output().flush();
            return (long) bytes.bytes().length;
        }
    }

    @Builtin(name = "flush", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class FlushNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object flush(Object self) {
            TextStream s = TextStreamMethods.self(self, "flush");
            if (s.output() != null) {
                s.output().flush();
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "read", signature = "(self, size=-1, /)")
    @GenerateNodeFactory
    public abstract static class ReadNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object read(Object self, Object size) {
            long n = size == PyNone.NONE ? -1 : BuiltinHelpers.asSize(size);
            return bytes(TextStreamMethods.self(self, "read").read(n));
        }
    }

    @Builtin(name = "readline", signature = "(self, size=-1, /)")
    @GenerateNodeFactory
    public abstract static class ReadlineNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object readline(Object self, @SuppressWarnings("unused") Object size) {
            String line = TextStreamMethods.self(self, "readline").readLine();
            return bytes(line == null ? "" : line);
        }
    }

    @Builtin(name = "readlines", signature = "(self, hint=-1, /)")
    @GenerateNodeFactory
    public abstract static class ReadlinesNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object readlines(Object self, @SuppressWarnings("unused") Object hint) {
            TextStream s = TextStreamMethods.self(self, "readlines");
            PyList result = new PyList();
            String line;
            while ((line = s.readLine()) != null) {
                result.add(bytes(line));
            }
            return result;
        }
    }
}
