package pyt.builtins;

import java.io.PrintStream;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytContext;
import pyt.modules.SysModule;
import pyt.modules.TextStream;
import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.lib.PyObjectFormatNode;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.nodes.lib.PyObjectHashNode;
import pyt.nodes.lib.PyObjectReprNode;
import pyt.nodes.lib.PyObjectStrNode;
import pyt.runtime.ObjectIds;
import pyt.runtime.PyDict;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PyModule;
import pyt.runtime.PyNone;
import pyt.runtime.PyRange;
import pyt.runtime.PySet;
import pyt.runtime.PyStrings;
import pyt.runtime.SubclassableValue;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/**
 * Functions of the {@code builtins} module: input and output, {@code len}, {@code repr} and the
 * other single-object queries. Iteration helpers are in {@link BuiltinIterationFunctions},
 * number helpers in {@link BuiltinNumberFunctions}, attribute and type queries in
 * {@link BuiltinObjectFunctions}.
 */
@BuiltinModule(name = "builtins")
public final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    @Builtin(name = "print", signature = "(*args, sep=None, end=None, file=None, flush=False)")
    @GenerateNodeFactory
    public abstract static class PrintNode extends PytBuiltinNode.Varargs {
        @Specialization
        Object print(Object[] args) {
            write(PytContext.get(this), (PyTuple) args[0], args[1], args[2], args[3], args[4]);
            return PyNone.NONE;
        }

        @TruffleBoundary
        private static void write(PytContext context, PyTuple values, Object sep, Object end, Object file, Object flush) {
            if (sep != PyNone.NONE && !(sep instanceof TruffleString)) {
                throw PyErrors.typeError(null, "sep must be None or a string, not %s", BuiltinHelpers.typeName(sep));
            }
            if (end != PyNone.NONE && !(end instanceof TruffleString)) {
                throw PyErrors.typeError(null, "end must be None or a string, not %s", BuiltinHelpers.typeName(end));
            }
            String separator = sep == PyNone.NONE ? " " : PyStrings.toJava((TruffleString) sep);
            String terminator = end == PyNone.NONE ? "\n" : PyStrings.toJava((TruffleString) end);
            Object target = file == PyNone.NONE ? SysModule.stdout(context) : file;
            if (target == PyNone.NONE) {
                return;
            }
            if (target instanceof TextStream ts && ts.output() != null) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        sb.append(separator);
                    }
                    sb.append(PyObjectStrNode.strUncached(values.get(i)));
                }
                sb.append(terminator);
                PrintStream out = ts.output();
                out.print(sb);
                out.flush();
                return;
            }
            Object write = PyObjectGetAttrNode.getUncached(target, "write");
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    CallDispatchNode.callUncached(write, PyStrings.of(separator));
                }
                CallDispatchNode.callUncached(write, PyObjectStrNode.str(values.get(i)));
            }
            CallDispatchNode.callUncached(write, PyStrings.of(terminator));
            if (BuiltinHelpers.isTrue(flush)) {
                CallDispatchNode.callUncached(PyObjectGetAttrNode.getUncached(target, "flush"));
            }
        }
    }

    @Builtin(name = "input", signature = "(prompt=_, /)")
    @GenerateNodeFactory
    public abstract static class InputNode extends PytBuiltinNode.Unary {
        @Specialization
        Object input(Object prompt) {
            return read(PytContext.get(this), prompt);
        }

        @TruffleBoundary
        private static Object read(PytContext context, Object prompt) {
            Object out = SysModule.stdout(context);
            if (prompt != PyNone.NO_VALUE) {
                String text = PyObjectStrNode.strUncached(prompt);
                if (out instanceof TextStream ts && ts.output() != null) {
                    ts.output().print(text);
                    ts.output().flush();
                } else if (out != PyNone.NONE) {
                    CallDispatchNode.callUncached(PyObjectGetAttrNode.getUncached(out, "write"), PyStrings.of(text));
                    Object flush = PyObjectGetAttrNode.lookupUncached(out, "flush");
                    if (flush != null) {
                        CallDispatchNode.callUncached(flush);
                    }
                }
            } else if (out instanceof TextStream ts && ts.output() != null) {
                ts.output().flush();
            }
            Object in = SysModule.stdin(context);
            String line;
            if (in instanceof TextStream ts && ts.input() != null) {
                line = ts.readLine();
                if (line == null) {
                    throw PyErrors.raise(null, PyErr.EOFError, "EOF when reading a line");
                }
            } else {
                Object r = CallDispatchNode.callUncached(PyObjectGetAttrNode.getUncached(in, "readline"));
                if (!(r instanceof TruffleString s)) {
                    throw PyErrors.typeError(null, "object.readline() returned non-string");
                }
                line = PyStrings.toJava(s);
                if (line.isEmpty()) {
                    throw PyErrors.raise(null, PyErr.EOFError, "EOF when reading a line");
                }
            }
            if (line.endsWith("\n")) {
                line = line.substring(0, line.length() - 1);
            }
            return PyStrings.of(line);
        }
    }

    @Builtin(name = "repr", signature = "(obj, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object repr(Object obj) {
            return PyObjectReprNode.repr(obj);
        }
    }

    @Builtin(name = "ascii", signature = "(obj, /)")
    @GenerateNodeFactory
    public abstract static class AsciiNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object ascii(Object obj) {
            return PyStrings.of(asciiOf(obj));
        }
    }

    /** {@code ascii(obj)}: the repr with every non-ASCII character escaped. */
    @TruffleBoundary
    public static String asciiOf(Object obj) {
        String r = PyObjectReprNode.reprUncached(obj);
        StringBuilder sb = null;
        for (int i = 0; i < r.length();) {
            int c = r.codePointAt(i);
            int n = Character.charCount(c);
            if (c >= 0x80) {
                if (sb == null) {
                    sb = new StringBuilder(r.length() + 16).append(r, 0, i);
                }
                if (c <= 0xFF) {
                    sb.append(String.format("\\x%02x", c));
                } else if (c <= 0xFFFF) {
                    sb.append(String.format("\\u%04x", c));
                } else {
                    sb.append(String.format("\\U%08x", c));
                }
            } else if (sb != null) {
                sb.append((char) c);
            }
            i += n;
        }
        return sb == null ? r : sb.toString();
    }

    @Builtin(name = "len", signature = "(obj, /)")
    @GenerateNodeFactory
    @ImportStatic(SubclassableValue.class)
    public abstract static class LenNode extends PytBuiltinNode.Unary {
        @Specialization(guards = "isExact(obj)")
        static long list(PyList obj) {
            return obj.size();
        }

        @Specialization(guards = "isExact(obj)")
        static long tuple(PyTuple obj) {
            return obj.size();
        }

        @Specialization
        static long str(TruffleString obj, @Cached TruffleString.CodePointLengthNode length) {
            return length.execute(obj, PyStrings.ENCODING);
        }

        @Fallback
        static Object generic(Object obj) {
            return length(obj);
        }
    }

    /** {@code len(obj)} for any object: CPython's {@code PyObject_Size}. */
    @TruffleBoundary
    public static long length(Object obj) {
        if (SubclassableValue.isSubclassInstance(obj)) {
            return lengthByDunder(obj);
        } else if (obj instanceof PyList l) {
            return l.size();
        } else if (obj instanceof PyTuple t) {
            return t.size();
        } else if (obj instanceof TruffleString s) {
            return PyStrings.length(s);
        } else if (obj instanceof PyDict d) {
            return d.size();
        } else if (obj instanceof PySet s) {
            return s.size();
        } else if (obj instanceof PyRange r) {
            return r.length();
        } else if (obj instanceof DictViews.View v) {
            return v.dict().size();
        } else if (obj instanceof pyt.runtime.PyBytes b) {
            return b.bytes().length;
        }
        return lengthByDunder(obj);
    }

    private static long lengthByDunder(Object obj) {
        PyType type = BuiltinHelpers.types().typeOf(obj);
        Object len = type.lookup("__len__");
        if (len == null || len == PyNone.NONE) {
            throw PyErrors.typeError(null, "object of type '%s' has no len()", type.getName());
        }
        Object r = CallDispatchNode.callUncached(len, obj);
        Object i = BuiltinHelpers.indexOrNull(r);
        if (i == null) {
            throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", BuiltinHelpers.typeName(r));
        }
        if (i instanceof BigInteger b) {
            if (b.signum() < 0) {
                throw PyErrors.valueError(null, "__len__() should return >= 0");
            }
            throw PyErrors.raise(null, PyErr.OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        long n = (Long) i;
        if (n < 0) {
            throw PyErrors.valueError(null, "__len__() should return >= 0");
        }
        return n;
    }

    @Builtin(name = "format", signature = "(value, format_spec='', /)")
    @GenerateNodeFactory
    public abstract static class FormatNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object format(Object value, Object spec) {
            return formatValue(value, spec);
        }

        @TruffleBoundary
        private static Object formatValue(Object value, Object spec) {
            String s = BuiltinHelpers.strOrNull(spec);
            if (s == null) {
                throw PyErrors.typeError(null, "format() argument 2 must be str, not %s", BuiltinHelpers.typeName(spec));
            }
            try {
                return PyStrings.of(PyObjectFormatNode.formatUncached(value, s));
            } catch (RuntimeException e) {
                throw BuiltinHelpers.raise(null, e);
            }
        }
    }

    @Builtin(name = "id", signature = "(obj, /)")
    @GenerateNodeFactory
    public abstract static class IdNode extends PytBuiltinNode.Unary {
        @Specialization
        static long id(Object obj) {
            return ObjectIds.id(obj);
        }
    }

    @Builtin(name = "hash", signature = "(obj, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends PytBuiltinNode.Unary {
        @Specialization
        static long hash(Object obj) {
            return PyObjectHashNode.hashUncached(obj);
        }
    }

    @Builtin(name = "callable", signature = "(obj, /)")
    @GenerateNodeFactory
    public abstract static class CallableNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean callable(Object obj) {
            return BuiltinHelpers.isCallable(obj);
        }
    }

    @Builtin(name = "exit", signature = "(code=None)")
    @GenerateNodeFactory
    public abstract static class ExitNode extends PytBuiltinNode.Unary {
        @Specialization
        Object exit(Object code) {
            throw SysModule.systemExit(this, code);
        }
    }

    @Builtin(name = "quit", signature = "(code=None)")
    @GenerateNodeFactory
    public abstract static class QuitNode extends PytBuiltinNode.Unary {
        @Specialization
        Object quit(Object code) {
            throw SysModule.systemExit(this, code);
        }
    }

    @Builtin(name = "globals", signature = "()")
    @GenerateNodeFactory
    public abstract static class GlobalsNode extends PytBuiltinNode.Varargs {
        @Specialization
        static Object globals(@SuppressWarnings("unused") Object[] args) {
            return moduleDict(BuiltinObjectFunctions.callerGlobals());
        }
    }

    /** A module's variables as a dict; writes to it go on to the module (see NamespaceOwner). */
    @TruffleBoundary
    static PyDict moduleDict(PyModule module) {
        return PyDict.namespaceOf(module, module.snapshot());
    }
}
