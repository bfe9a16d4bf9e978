package pyt.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.builtins.Builtin;
import pyt.builtins.BuiltinClass;
import pyt.builtins.BuiltinHelpers;
import pyt.builtins.PytBuiltinNode;
import pyt.nodes.lib.Iteration;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;

/** The methods of the text files {@code open()} returns ({@link TextFile}). */
@BuiltinClass(name = "_io.TextIOWrapper")
public final class TextFileMethods {
    private TextFileMethods() {
    }

    static TextFile file(Object self, String method) {
        if (self instanceof TextFile f) {
            return f;
        }
        throw BuiltinHelpers.descriptorError(method, "_io.TextIOWrapper", self);
    }

    static long limit(Object size) {
        return size == PyNone.NONE ? -1 : BuiltinHelpers.asSize(size);
    }

    @Builtin(name = "read", signature = "(self, size=-1, /)")
    @GenerateNodeFactory
    public abstract static class ReadNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object read(Object self, Object size) {
            return PyStrings.of(file(self, "read").read(limit(size)));
        }
    }

    @Builtin(name = "readline", signature = "(self, size=-1, /)")
    @GenerateNodeFactory
    public abstract static class ReadlineNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object readline(Object self, Object size) {
            return PyStrings.of(file(self, "readline").readLine(limit(size)));
        }
    }

    @Builtin(name = "readlines", signature = "(self, hint=-1, /)")
    @GenerateNodeFactory
    public abstract static class ReadlinesNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object readlines(Object self, @SuppressWarnings("unused") Object hint) {
            TextFile f = file(self, "readlines");
            PyList lines = new PyList();
            for (String line = f.readLine(-1); !line.isEmpty(); line = f.readLine(-1)) {
                lines.add(PyStrings.of(line));
            }
            return lines;
        }
    }

    @Builtin(name = "write", signature = "(self, s, /)")
    @GenerateNodeFactory
    public abstract static class WriteNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object write(Object self, Object s) {
            if (!(s instanceof TruffleString ts)) {
                throw PyErrors.typeError(null, "write() argument must be str, not %s", BuiltinHelpers.typeName(s));
            }
            file(self, "write").write(PyStrings.toJava(ts));
            return (long) PyStrings.length(ts);
        }
    }

    @Builtin(name = "writelines", signature = "(self, lines, /)")
    @GenerateNodeFactory
    public abstract static class WritelinesNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object writelines(Object self, Object lines) {
            TextFile f = file(self, "writelines");
            for (Object line : Iteration.toArray(lines)) {
                f.write(BuiltinHelpers.str(line, "write() argument"));
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "flush", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class FlushNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object flush(Object self) {
            file(self, "flush").flush();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "close", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CloseNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object close(Object self) {
            file(self, "close").close();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "readable", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReadableNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object readable(Object self) {
            return file(self, "readable").readable();
        }
    }

    @Builtin(name = "writable", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class WritableNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object writable(Object self) {
            return file(self, "writable").writable();
        }
    }

    @Builtin(name = "__enter__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class EnterNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object enter(Object self) {
            if (file(self, "__enter__").isClosed()) {
                throw PyErrors.valueError(null, "I/O operation on closed file.");
            }
            return self;
        }
    }

    @Builtin(name = "__exit__", signature = "(self, *args)")
    @GenerateNodeFactory
    public abstract static class ExitNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object exit(Object self, @SuppressWarnings("unused") Object args) {
            file(self, "__exit__").close();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__iter__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IterNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object iter(Object self) {
            if (file(self, "__iter__").isClosed()) {
                throw PyErrors.valueError(null, "I/O operation on closed file.");
            }
            return self;
        }
    }

    @Builtin(name = "__next__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class NextNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object next(Object self) {
            String line = file(self, "__next__").readLine(-1);
            if (line.isEmpty()) {
                throw PyErrors.raise(null, PyErr.StopIteration, null);
            }
            return PyStrings.of(line);
        }
    }

    @Builtin(name = "__getattr__", signature = "(self, name, /)")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object getattr(Object self, Object name) {
            TextFile f = file(self, "__getattr__");
            String n = BuiltinHelpers.str(name, "attribute name");
            return switch (n) {
                case "closed" -> f.isClosed();
                case "name" -> PyStrings.of(f.name());
                case "mode" -> PyStrings.of(f.mode());
                case "encoding" -> PyStrings.of(f.encoding());
                default -> throw PyErrors.raise(null, PyErr.AttributeError, "'_io.TextIOWrapper' object has no attribute '%s'", n);
            };
        }
    }

    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            TextFile f = file(self, "__repr__");
            return PyStrings.of("<_io.TextIOWrapper name='" + f.name() + "' mode='" + f.mode() + "' encoding='" + f.encoding() + "'>");
        }
    }
}
