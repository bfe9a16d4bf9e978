package pyt.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytLanguage;
import pyt.builtins.Builtin;
import pyt.builtins.BuiltinHelpers;
import pyt.builtins.BuiltinModule;
import pyt.builtins.PytBuiltinNode;
import pyt.nodes.lib.Iteration;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;

/** The methods of the {@code _io.TextIOWrapper} class of {@link TextStream}s (a group, not an importable module). */
@BuiltinModule(name = TextStreamMethods.GROUP)
public final class TextStreamMethods {
    static final String GROUP = "_io.TextIOWrapper";

    private TextStreamMethods() {
    }

    static TextStream self(Object self, String method) {
        if (self instanceof TextStream s) {
            return s;
        }
        throw BuiltinHelpers.descriptorError(method, "_io.TextIOWrapper", self);
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
            String text = PyStrings.toJava(ts);
            self(self, "write").write(text);
            return (long) PyStrings.length(ts);
        }
    }

    @Builtin(name = "writelines", signature = "(self, lines, /)")
    @GenerateNodeFactory
    public abstract static class WritelinesNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object writelines(Object self, Object lines) {
            TextStream stream = self(self, "writelines");
            for (Object line : Iteration.toArray(lines)) {
                stream.write(BuiltinHelpers.str(line, "write() argument"));
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "flush", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class FlushNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object flush(Object self) {
            TextStream s = self(self, "flush");
            if (s.output() != null) {
                s.output().flush();
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "readline", signature = "(self, size=-1, /)")
    @GenerateNodeFactory
    public abstract static class ReadlineNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object readline(Object self, @SuppressWarnings("unused") Object size) {
            String line = self(self, "readline").readLine();
            return PyStrings.of(line == null ? "" : line);
        }
    }

    @Builtin(name = "read", signature = "(self, size=-1, /)")
    @GenerateNodeFactory
    public abstract static class ReadNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object read(Object self, Object size) {
            long n = size == PyNone.NONE ? -1 : BuiltinHelpers.asSize(size);
            return PyStrings.of(self(self, "read").read(n));
        }
    }

    @Builtin(name = "readlines", signature = "(self, hint=-1, /)")
    @GenerateNodeFactory
    public abstract static class ReadlinesNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object readlines(Object self, @SuppressWarnings("unused") Object hint) {
            TextStream s = self(self, "readlines");
            PyList result = new PyList();
            String line;
            while ((line = s.readLine()) != null) {
                result.add(PyStrings.of(line));
            }
            return result;
        }
    }

    @Builtin(name = "__iter__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IterNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object iter(Object self) {
            return self(self, "__iter__");
        }
    }

    @Builtin(name = "__next__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class NextNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object next(Object self) {
            String line = self(self, "__next__").readLine();
            if (line == null) {
                throw PyErrors.raise(null, PytLanguage.get(null).types().StopIteration, null);
            }
            return PyStrings.of(line);
        }
    }

    @Builtin(name = "isatty", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsattyNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object isatty(Object self) {
            self(self, "isatty");
            return false;
        }
    }

    @Builtin(name = "fileno", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class FilenoNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object fileno(Object self) {
            return (long) self(self, "fileno").fileno();
        }
    }

    @Builtin(name = "readable", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReadableNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object readable(Object self) {
            return self(self, "readable").input() != null;
        }
    }

    @Builtin(name = "writable", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class WritableNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object writable(Object self) {
            return self(self, "writable").output() != null;
        }
    }

    @Builtin(name = "close", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CloseNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object close(Object self) {
            self(self, "close");
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__enter__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class EnterNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object enter(Object self) {
            return self(self, "__enter__");
        }
    }

    @Builtin(name = "__exit__", signature = "(self, *args)")
    @GenerateNodeFactory
    public abstract static class ExitNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object exit(Object self, @SuppressWarnings("unused") Object args) {
            self(self, "__exit__");
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            TextStream s = self(self, "__repr__");
            return PyStrings.of("<_io.TextIOWrapper name='" + s.name() + "' mode='" + (s.input() != null ? "r" : "w")
                            + "' encoding='utf-8'>");
        }
    }
}
