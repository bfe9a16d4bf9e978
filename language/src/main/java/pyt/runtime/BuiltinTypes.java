package pyt.runtime;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * The builtin classes of one language instance, and the mapping from Java values to their
 * Python class. Builtin classes are immutable, so all contexts of an engine share them.
 */
public final class BuiltinTypes {
    public final Shape rootShape = Shape.newBuilder().layout(PyObject.class, java.lang.invoke.MethodHandles.lookup()).build();

    private final Map<String, PyType> byName = new HashMap<>();

    public final PyType object = define("object");
    public final PyType type = define("type", object);
    public final PyType int_ = define("int", object);
    public final PyType bool = define("bool", int_);
    public final PyType float_ = define("float", object);
    public final PyType complex = define("complex", object);
    public final PyType str = define("str", object);
    public final PyType bytes = define("bytes", object);
    public final PyType bytearray = define("bytearray", object);
    public final PyType list = define("list", object);
    public final PyType tuple = define("tuple", object);
    public final PyType dict = define("dict", object);
    public final PyType set = define("set", object);
    public final PyType frozenset = define("frozenset", object);
    public final PyType range = define("range", object);
    public final PyType slice = define("slice", object);
    public final PyType noneType = define("NoneType", object);
    public final PyType notImplementedType = define("NotImplementedType", object);
    public final PyType ellipsisType = define("ellipsis", object);
    public final PyType function = define("function", object);
    public final PyType builtinFunction = define("builtin_function_or_method", object);
    public final PyType method = define("method", object);
    public final PyType module = define("module", object);
    public final PyType cell = define("cell", object);
    public final PyType code = define("code", object);
    public final PyType iterator = define("iterator", object);
    public final PyType generator = define("generator", object);
    public final PyType frame = define("frame", object);
    public final PyType traceback = define("traceback", object);
    public final PyType super_ = define("super", object);
    public final PyType property = define("property", object);
    public final PyType classmethod = define("classmethod", object);
    public final PyType staticmethod = define("staticmethod", object);

    public final PyType BaseException = define("BaseException", object);
    public final PyType SystemExit = define("SystemExit", BaseException);
    public final PyType KeyboardInterrupt = define("KeyboardInterrupt", BaseException);
    public final PyType GeneratorExit = define("GeneratorExit", BaseException);
    public final PyType Exception = define("Exception", BaseException);
    public final PyType StopIteration = define("StopIteration", Exception);
    public final PyType StopAsyncIteration = define("StopAsyncIteration", Exception);
    public final PyType ArithmeticError = define("ArithmeticError", Exception);
    public final PyType FloatingPointError = define("FloatingPointError", ArithmeticError);
    public final PyType OverflowError = define("OverflowError", ArithmeticError);
    public final PyType ZeroDivisionError = define("ZeroDivisionError", ArithmeticError);
    public final PyType AssertionError = define("AssertionError", Exception);
    public final PyType AttributeError = define("AttributeError", Exception);
    public final PyType BufferError = define("BufferError", Exception);
    public final PyType EOFError = define("EOFError", Exception);
    public final PyType ImportError = define("ImportError", Exception);
    public final PyType ModuleNotFoundError = define("ModuleNotFoundError", ImportError);
    public final PyType LookupError = define("LookupError", Exception);
    public final PyType IndexError = define("IndexError", LookupError);
    public final PyType KeyError = define("KeyError", LookupError);
    public final PyType MemoryError = define("MemoryError", Exception);
    public final PyType NameError = define("NameError", Exception);
    public final PyType UnboundLocalError = define("UnboundLocalError", NameError);
    public final PyType OSError = define("OSError", Exception);
    public final PyType BlockingIOError = define("BlockingIOError", OSError);
    public final PyType ChildProcessError = define("ChildProcessError", OSError);
    public final PyType ConnectionError = define("ConnectionError", OSError);
    public final PyType BrokenPipeError = define("BrokenPipeError", ConnectionError);
    public final PyType ConnectionAbortedError = define("ConnectionAbortedError", ConnectionError);
    public final PyType ConnectionRefusedError = define("ConnectionRefusedError", ConnectionError);
    public final PyType ConnectionResetError = define("ConnectionResetError", ConnectionError);
    public final PyType FileExistsError = define("FileExistsError", OSError);
    public final PyType FileNotFoundError = define("FileNotFoundError", OSError);
    public final PyType InterruptedError = define("InterruptedError", OSError);
    public final PyType IsADirectoryError = define("IsADirectoryError", OSError);
    public final PyType NotADirectoryError = define("NotADirectoryError", OSError);
    public final PyType PermissionError = define("PermissionError", OSError);
    public final PyType ProcessLookupError = define("ProcessLookupError", OSError);
    public final PyType TimeoutError = define("TimeoutError", OSError);
    public final PyType ReferenceError = define("ReferenceError", Exception);
    public final PyType RuntimeError = define("RuntimeError", Exception);
    public final PyType NotImplementedError = define("NotImplementedError", RuntimeError);
    public final PyType RecursionError = define("RecursionError", RuntimeError);
    public final PyType SyntaxError = define("SyntaxError", Exception);
    public final PyType IndentationError = define("IndentationError", SyntaxError);
    public final PyType TabError = define("TabError", IndentationError);
    public final PyType SystemError = define("SystemError", Exception);
    public final PyType TypeError = define("TypeError", Exception);
    public final PyType ValueError = define("ValueError", Exception);
    public final PyType UnicodeError = define("UnicodeError", ValueError);
    public final PyType UnicodeDecodeError = define("UnicodeDecodeError", UnicodeError);
    public final PyType UnicodeEncodeError = define("UnicodeEncodeError", UnicodeError);
    public final PyType UnicodeTranslateError = define("UnicodeTranslateError", UnicodeError);
    public final PyType Warning = define("Warning", Exception);
    public final PyType DeprecationWarning = define("DeprecationWarning", Warning);
    public final PyType PendingDeprecationWarning = define("PendingDeprecationWarning", Warning);
    public final PyType RuntimeWarning = define("RuntimeWarning", Warning);
    public final PyType SyntaxWarning = define("SyntaxWarning", Warning);
    public final PyType UserWarning = define("UserWarning", Warning);
    public final PyType FutureWarning = define("FutureWarning", Warning);
    public final PyType ImportWarning = define("ImportWarning", Warning);
    public final PyType UnicodeWarning = define("UnicodeWarning", Warning);
    public final PyType BytesWarning = define("BytesWarning", Warning);
    public final PyType ResourceWarning = define("ResourceWarning", Warning);
    public final PyType EncodingWarning = define("EncodingWarning", Warning);

    // Classes of the embedding support (pyt.interop): found by byName("polyglot.foreign") etc.
    // for their @BuiltinClass methods, but not builtins, so not in all().
    private final Map<String, PyType> hidden = new HashMap<>();
    /** The class of values from the host or another language ({@code polyglot.foreign}). */
    public final PyType foreign = defineHidden("polyglot", "foreign", object);
    /** What a host or foreign exception becomes when it reaches Python code ({@code polyglot.ForeignException}). */
    public final PyType ForeignException = defineHidden("polyglot", "ForeignException", Exception);
    /** The class of the text files {@code open()} returns. */
    public final PyType textFile = defineHidden("_io", "TextIOWrapper", object);

    private final PyType[] iteratorTypes = defineIteratorTypes();

    private PyType[] defineIteratorTypes() {
        IteratorKind[] kinds = IteratorKind.values();
        PyType[] result = new PyType[kinds.length];
        for (IteratorKind kind : kinds) {
            result[kind.ordinal()] = kind == IteratorKind.ITERATOR ? iterator : defineHidden("builtins", kind.typeName(), iterator);
        }
        return result;
    }

    /** The class of a kind of Java-implemented iterator or dict view. */
    public PyType iteratorType(IteratorKind kind) {
        return iteratorTypes[kind.ordinal()];
    }

    private PyType defineHidden(String module, String name, PyType... bases) {
        PyType t = new PyType(name, module, bases, rootShape);
        hidden.put(module + "." + name, t);
        return t;
    }

    private PyType define(String name, PyType... bases) {
        PyType t = new PyType(name, "builtins", bases, rootShape);
        byName.put(name, t);
        return t;
    }

    /** The builtin class called {@code name}, or null. */
    @TruffleBoundary
    public PyType byName(String name) {
        PyType t = byName.get(name);
        return t != null ? t : hidden.get(name);
    }

    /** All builtin classes by name: what the {@code builtins} module exposes. */
    public Map<String, PyType> all() {
        return byName;
    }

    /** The Python class of any value pyt can hold. */
    public PyType typeOf(Object value) {
        if (value instanceof SubclassableValue v && v.getSubclassData() != null) {
            return v.getSubclassData().getPyType();
        }
        if (value instanceof PyObject o) {
            return o.getPyType();
        } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
            return int_;
        } else if (value instanceof Boolean) {
            return bool;
        } else if (value instanceof Double) {
            return float_;
        } else if (value instanceof TruffleString) {
            return str;
        } else if (value instanceof PyNone) {
            return noneType;
        } else if (value instanceof PyList) {
            return list;
        } else if (value instanceof PyTuple) {
            return tuple;
        } else if (value instanceof PyType t) {
            return t.getMetaclass() != null ? t.getMetaclass() : type;
        } else if (value instanceof PyFunction) {
            return function;
        } else if (value instanceof PyBuiltinFunction) {
            return builtinFunction;
        } else if (value instanceof PyMethod) {
            return method;
        } else if (value instanceof PyModule) {
            return module;
        } else if (value instanceof PyRange) {
            return range;
        } else if (value instanceof PyCode) {
            return code;
        } else if (value instanceof PyValue v) {
            return v.getPyType(this);
        } else if (value == PySingleton.NOT_IMPLEMENTED) {
            return notImplementedType;
        } else if (value == PySingleton.ELLIPSIS) {
            return ellipsisType;
        } else if (value instanceof PySuper) {
            return super_;
        } else if (value instanceof PyClassMethod) {
            return classmethod;
        } else if (value instanceof PyStaticMethod) {
            return staticmethod;
        } else if (value instanceof PyException e) {
            return e.getPyType();
        } else if (value instanceof com.oracle.truffle.api.interop.TruffleObject) {
            // host objects and other languages' values (pyt.interop.ForeignObjectBuiltins)
            return foreign;
        }
        return object;
    }
}
