package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.lib.PyObjectReprNode;
import pyt.nodes.lib.PyObjectStrNode;
import pyt.runtime.BuiltinTypes;
import pyt.runtime.PyBaseException;
import pyt.runtime.PyDict;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/**
 * Methods of {@code BaseException}, inherited by every exception class. The attributes of
 * particular exceptions ({@code SystemExit.code}, {@code StopIteration.value}, the parts of an
 * {@code OSError}...) are computed from {@code args} by {@code __getattr__} unless set.
 */
@BuiltinClass(name = "BaseException")
public final class ExceptionBuiltins {
    private ExceptionBuiltins() {
    }

    static PyBaseException exc(Object self, String method) {
        if (self instanceof PyBaseException e) {
            return e;
        }
        throw BuiltinHelpers.descriptorError(method, "BaseException", self);
    }

    @Builtin(name = "__new__", signature = "(cls, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object create(Object cls, Object args, @SuppressWarnings("unused") Object kwargs) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(BuiltinHelpers.types().BaseException)) {
                throw PyErrors.typeError(null, "BaseException.__new__(X): X is not a subtype of BaseException");
            }
            PyType made = OSErrorSubclasses.select(t, (PyTuple) args, BuiltinHelpers.types());
            return new PyBaseException(made.getInstanceShape(), (PyTuple) args);
        }
    }

    @Builtin(name = "__init__", signature = "(self, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class InitNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            PyBaseException e = exc(self, "__init__");
            if (kwargs instanceof PyDict d && d.size() > 0 && !acceptsKeywords(e.getPyType())) {
                throw PyErrors.typeError(null, "%s() takes no keyword arguments", e.getPyType().getName());
            }
            PyTuple a = (PyTuple) args;
            UnicodeErrors.checkArguments(e.getPyType(), a);
            e.setArgs(a);
            BuiltinTypes types = BuiltinHelpers.types();
            if (e.getPyType().isSubtypeOf(types.SystemExit)) {
                // CPython's SystemExit_init: code is a real attribute (the launcher reads it)
                DynamicObjectLibrary.getUncached().put(e, "code", a.size() == 0 ? PyNone.NONE : a.size() == 1 ? a.get(0) : a);
            } else if (e.getPyType().isSubtypeOf(types.StopIteration)) {
                DynamicObjectLibrary.getUncached().put(e, "value", a.size() == 0 ? PyNone.NONE : a.get(0));
            }
            if (kwargs instanceof PyDict d && d.size() > 0) {
                for (Object[] entry : d.entries()) {
                    DynamicObjectLibrary.getUncached().put(e, PyStrings.toJava((TruffleString) entry[0]), entry[1]);
                }
            }
            return PyNone.NONE;
        }

        private static boolean acceptsKeywords(PyType t) {
            return t.isSubtypeOf(BuiltinHelpers.types().ImportError);
        }
    }

    /** {@code str(exc)}: the message for one argument, the args tuple for several. */
    @TruffleBoundary
    static String str(PyBaseException e) {
        PyTuple args = e.getArgs();
        BuiltinTypes types = BuiltinHelpers.types();
        if (e.getPyType().isSubtypeOf(types.KeyError) && args.size() == 1) {
            return PyObjectReprNode.reprUncached(args.get(0));
        }
        if (e.getPyType().isSubtypeOf(types.OSError) && args.size() >= 2) {
            String s = "[Errno " + PyObjectStrNode.strUncached(args.get(0)) + "] " + PyObjectStrNode.strUncached(args.get(1));
            if (args.size() >= 3 && args.get(2) != PyNone.NONE) {
                s += ": " + PyObjectReprNode.reprUncached(args.get(2));
            }
            return s;
        }
        String unicodeMessage = UnicodeErrors.message(e);
        if (unicodeMessage != null) {
            return unicodeMessage;
        }
        if (e.getPyType().isSubtypeOf(types.SyntaxError) && args.size() >= 1) {
            String msg = PyObjectStrNode.strUncached(args.get(0));
            PyTuple d = syntaxDetails(args);
            if (d != null) {
                boolean hasFile = d.get(0) instanceof TruffleString;
                boolean hasLine = d.get(1) instanceof Long;
                String file = hasFile ? new java.io.File(PyStrings.toJava((TruffleString) d.get(0))).getName() : null;
                if (hasFile && hasLine) {
                    return msg + " (" + file + ", line " + d.get(1) + ")";
                } else if (hasFile) {
                    return msg + " (" + file + ")";
                } else if (hasLine) {
                    return msg + " (line " + d.get(1) + ")";
                }
            }
            return msg;
        }
        if (args.size() == 0) {
            return "";
        } else if (args.size() == 1) {
            return PyObjectStrNode.strUncached(args.get(0));
        }
        return PyObjectReprNode.reprUncached(args);
    }

    @Builtin(name = "__str__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class StrNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object str(Object self) {
            return PyStrings.of(ExceptionBuiltins.str(exc(self, "__str__")));
        }
    }

    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PyBaseException e = exc(self, "__repr__");
            PyTuple args = e.getArgs();
            String name = e.getPyType().getName();
            if (args.size() == 1) {
                return PyStrings.of(name + "(" + PyObjectReprNode.reprUncached(args.get(0)) + ")");
            }
            String tuple = PyObjectReprNode.reprUncached(args);
            return PyStrings.of(name + (args.size() == 0 ? "()" : tuple));
        }
    }

    @Builtin(name = "with_traceback", signature = "(self, tb, /)")
    @GenerateNodeFactory
    public abstract static class WithTracebackNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object withTraceback(Object self, Object tb) {
            exc(self, "with_traceback").setTraceback(tb);
            return self;
        }
    }

    @Builtin(name = "add_note", signature = "(self, note, /)")
    @GenerateNodeFactory
    public abstract static class AddNoteNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object addNote(Object self, Object note) {
            PyBaseException e = exc(self, "add_note");
            if (!(note instanceof TruffleString)) {
                throw PyErrors.typeError(null, "note must be a str, not '%s'", BuiltinHelpers.typeName(note));
            }
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            Object notes = lib.getOrDefault(e, "__notes__", null);
            if (notes == null) {
                notes = new PyList();
                lib.put(e, "__notes__", notes);
            }
            if (!(notes instanceof PyList l)) {
                throw PyErrors.typeError(null, "Cannot add note: __notes__ is not a list");
            }
            l.add(note);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__getattr__", signature = "(self, name, /)")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object getattr(Object self, Object name) {
            PyBaseException e = exc(self, "__getattr__");
            String n = BuiltinObjectFunctions.attrName(name);
            Object v = attribute(e, n);
            if (v == null) {
                throw PyErrors.raise(null, PyErr.AttributeError, "'%s' object has no attribute '%s'", e.getPyType().getName(), n);
            }
            return v;
        }
    }

    static PyTuple syntaxDetails(PyTuple args) {
        return args.size() >= 2 && args.get(1) instanceof PyTuple t && t.size() >= 4 ? t : null;
    }

    /** The attributes particular exception classes derive from their arguments, or null. */
    static Object attribute(PyBaseException e, String name) {
        BuiltinTypes types = BuiltinHelpers.types();
        PyType t = e.getPyType();
        PyTuple args = e.getArgs();
        if (name.equals("__dict__")) {
            return BuiltinObjectFunctions.instanceDict(e);
        }
        if (t.isSubtypeOf(types.SystemExit) && name.equals("code")) {
            return args.size() == 0 ? PyNone.NONE : args.size() == 1 ? args.get(0) : args;
        }
        Object unicodePart = UnicodeErrors.attribute(e, name);
        if (unicodePart != null) {
            return unicodePart;
        }
        if (t.isSubtypeOf(types.StopIteration) && name.equals("value")) {
            return args.size() == 0 ? PyNone.NONE : args.get(0);
        }
        if (t.isSubtypeOf(types.OSError)) {
            boolean full = args.size() >= 2 && args.size() <= 5;
            switch (name) {
                case "errno":
                    return full ? args.get(0) : PyNone.NONE;
                case "strerror":
                    return full ? args.get(1) : PyNone.NONE;
                case "filename":
                    return full && args.size() >= 3 ? args.get(2) : PyNone.NONE;
                case "filename2":
                    return full && args.size() >= 5 ? args.get(4) : PyNone.NONE;
                default:
            }
        }
        if (t.isSubtypeOf(types.ImportError)) {
            switch (name) {
                case "msg":
                    return args.size() == 1 ? args.get(0) : PyNone.NONE;
                case "name":
                case "path":
                    return PyNone.NONE;
                default:
            }
        }
        if (t.isSubtypeOf(types.SyntaxError)) {
            PyTuple d = syntaxDetails(args);
            int index = switch (name) {
                case "filename" -> 0;
                case "lineno" -> 1;
                case "offset" -> 2;
                case "text" -> 3;
                case "end_lineno" -> 4;
                case "end_offset" -> 5;
                default -> -1;
            };
            if (index >= 0) {
                return d != null && index < d.size() ? d.get(index) : PyNone.NONE;
            }
            if (name.equals("msg")) {
                return args.size() >= 1 ? args.get(0) : PyNone.NONE;
            }
            if (name.equals("print_file_and_line")) {
                return PyNone.NONE;
            }
        }
        if (t.isSubtypeOf(types.NameError) && name.equals("name")) {
            return PyNone.NONE;
        }
        if (t.isSubtypeOf(types.AttributeError) && (name.equals("name") || name.equals("obj"))) {
            return PyNone.NONE;
        }
        return null;
    }
}
