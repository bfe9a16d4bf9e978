package pyt.modules;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytContext;
import pyt.PytLanguage;
import pyt.builtins.Builtin;
import pyt.builtins.BuiltinHelpers;
import pyt.builtins.BuiltinModule;
import pyt.builtins.PytBuiltinNode;
import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.nodes.lib.PyObjectReprNode;
import pyt.runtime.BuiltinTypes;
import pyt.runtime.PyBaseException;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyList;
import pyt.runtime.PyModule;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.TracebackFormatter;

/** The {@code sys} module: the interpreter's arguments, streams, limits and hooks. */
@BuiltinModule(name = "sys")
public final class SysModule {
    private SysModule() {
    }

    static final String VERSION = "3.11.0 (pyt) [Truffle on Java " + Runtime.version().feature() + "]";

    @TruffleBoundary
    static PyModule create(PytContext context, PyModule m) {
        BuiltinTypes types = context.getLanguage().types();
        PyType streamType = ModuleRegistry.newClass(context, "_io", "TextIOWrapper", TextStreamMethods.GROUP);
        PyType namespace = ModuleRegistry.newClass(context, "types", "SimpleNamespace", Namespace.GROUP);
        String[] args = context.getArguments();
        PyList argv = new PyList();
        for (String a : args) {
            argv.add(PyStrings.of(a));
        }
        if (args.length == 0) {
            argv.add(PyStrings.EMPTY);
        }
        m.set("argv", argv);
        m.set("orig_argv", new PyList(argv.toArray()));
        String script = args.length == 0 ? "" : args[0];
        java.io.File parent = script.isEmpty() || script.equals("-c") || script.equals("-m") ? null
                        : new java.io.File(script).getAbsoluteFile().getParentFile();
        PyList path = new PyList();
        path.add(PyStrings.of(parent == null ? "" : parent.getPath()));
        m.set("path", path);
        TextStream stdin = new TextStream(streamType.getInstanceShape(), "<stdin>", null,
                        new BufferedReader(new InputStreamReader(context.getEnv().in(), StandardCharsets.UTF_8)), 0);
        TextStream stdout = new TextStream(streamType.getInstanceShape(), "<stdout>", context.out(), null, 1);
        TextStream stderr = new TextStream(streamType.getInstanceShape(), "<stderr>", context.err(), null, 2);
        PyType bufferType = ModuleRegistry.newClass(context, "_io", "BufferedStream", BinaryStreamMethods.GROUP);
        for (TextStream s : new TextStream[]{stdin, stdout, stderr}) {
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            lib.put(s, "buffer", new TextStream(bufferType.getInstanceShape(), s.name(), s.output(), s.input(), s.fileno()));
            lib.put(s, "name", PyStrings.of(s.name()));
            lib.put(s, "mode", PyStrings.of(s.input() != null ? "r" : "w"));
            lib.put(s, "encoding", PyStrings.of("utf-8"));
            lib.put(s, "errors", PyStrings.of(s.fileno() == 2 ? "backslashreplace" : "strict"));
            lib.put(s, "closed", false);
        }
        m.set("stdin", stdin);
        m.set("stdout", stdout);
        m.set("stderr", stderr);
        m.set("__stdin__", stdin);
        m.set("__stdout__", stdout);
        m.set("__stderr__", stderr);
        m.set("maxsize", Long.MAX_VALUE);
        m.set("maxunicode", 0x10FFFFL);
        m.set("byteorder", PyStrings.of("little"));
        m.set("version", PyStrings.of(VERSION));
        m.set("version_info", PyTuple.of(3L, 11L, 0L, PyStrings.of("final"), 0L));
        m.set("hexversion", 0x030B00F0L);
        m.set("api_version", 1013L);
        m.set("platform", PyStrings.of(platform()));
        m.set("executable", PyStrings.of("pyt"));
        m.set("prefix", PyStrings.EMPTY);
        m.set("base_prefix", PyStrings.EMPTY);
        m.set("exec_prefix", PyStrings.EMPTY);
        m.set("copyright", PyStrings.of("Copyright (c) pyt authors.\nPython is Copyright (c) Python Software Foundation."));
        m.set("float_repr_style", PyStrings.of("short"));
        m.set("dont_write_bytecode", true);
        m.set("warnoptions", new PyList());
        m.set("_xoptions", new PyDict());
        m.set("builtin_module_names", builtinModuleNames());
        Map<String, Object> impl = new LinkedHashMap<>();
        impl.put("name", PyStrings.of("pyt"));
        impl.put("cache_tag", PyNone.NONE);
        impl.put("version", PyTuple.of(0L, 1L, 0L, PyStrings.of("alpha"), 0L));
        impl.put("hexversion", 0x000100A0L);
        m.set("implementation", Namespace.create(namespace, impl));
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String f : new String[]{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
                        "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
                        "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}) {
            flags.put(f, f.equals("dev_mode") || f.equals("safe_path") ? (Object) false
                            : f.equals("int_max_str_digits") ? (Object) (-1L) : (Object) 0L);
        }
        m.set("flags", Namespace.create(namespace, flags));
        Map<String, Object> floatInfo = new LinkedHashMap<>();
        floatInfo.put("max", Double.MAX_VALUE);
        floatInfo.put("max_exp", 1024L);
        floatInfo.put("max_10_exp", 308L);
        floatInfo.put("min", Double.MIN_NORMAL);
        floatInfo.put("min_exp", -1021L);
        floatInfo.put("min_10_exp", -307L);
        floatInfo.put("dig", 15L);
        floatInfo.put("mant_dig", 53L);
        floatInfo.put("epsilon", Math.ulp(1.0));
        floatInfo.put("radix", 2L);
        floatInfo.put("rounds", 1L);
        m.set("float_info", Namespace.create(namespace, floatInfo));
        Map<String, Object> intInfo = new LinkedHashMap<>();
        intInfo.put("bits_per_digit", 30L);
        intInfo.put("sizeof_digit", 4L);
        intInfo.put("default_max_str_digits", 4300L);
        intInfo.put("str_digits_check_threshold", 640L);
        m.set("int_info", Namespace.create(namespace, intInfo));
        PyDict modules = new PyDict();
        for (String name : new String[]{"builtins", "__main__"}) {
            PyModule known = context.getModule(name);
            if (known != null) {
                modules.put(PyStrings.of(name), known);
            }
        }
        modules.put(PyStrings.of("sys"), m);
        m.set("modules", modules);
        return m;
    }

    private static PyTuple builtinModuleNames() {
        String[] names = ModuleRegistry.NAMES;
        Object[] items = new Object[names.length + 1];
        items[0] = PyStrings.of("builtins");
        for (int i = 0; i < names.length; i++) {
            items[i + 1] = PyStrings.of(names[i]);
        }
        return PyTuple.of(items);
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase();
        if (os.startsWith("windows")) {
            return "win32";
        } else if (os.startsWith("mac")) {
            return "darwin";
        }
        return os.startsWith("linux") ? "linux" : os;
    }

    private static Object stream(PytContext context, String name) {
        PyModule sys = context.importBuiltinModule("sys");
        Object v = sys.get(name);
        if (v == null) {
            throw PyErrors.raise(null, pyt.runtime.PyErr.RuntimeError, "lost sys.%s", name);
        }
        return v;
    }

    /** The current {@code sys.stdout} (None is possible). */
    @TruffleBoundary
    public static Object stdout(PytContext context) {
        return stream(context, "stdout");
    }

    @TruffleBoundary
    public static Object stderr(PytContext context) {
        return stream(context, "stderr");
    }

    @TruffleBoundary
    public static Object stdin(PytContext context) {
        return stream(context, "stdin");
    }

    /** Writes text to a file-like object: directly for the standard streams, else through its {@code write}. */
    @TruffleBoundary
    public static void write(Object file, String text) {
        if (file instanceof TextStream ts && ts.output() != null) {
            ts.write(text);
        } else if (file != PyNone.NONE) {
            CallDispatchNode.callUncached(PyObjectGetAttrNode.getUncached(file, "write"), PyStrings.of(text));
        }
    }

    /** Raises {@code SystemExit(code)}; {@code code} None (or absent) means no arguments. */
    @TruffleBoundary
    public static PyException systemExit(Node location, Object code) {
        PyType type = PytLanguage.get(null).types().SystemExit;
        boolean none = code == PyNone.NONE || code == PyNone.NO_VALUE;
        PyBaseException exc = new PyBaseException(type.getInstanceShape(), none ? PyTuple.EMPTY : PyTuple.of(code));
        DynamicObjectLibrary.getUncached().put(exc, "code", none ? PyNone.NONE : code);
        throw new PyException(exc, location);
    }

    @Builtin(name = "exit", signature = "(status=None, /)")
    @GenerateNodeFactory
    public abstract static class ExitNode extends PytBuiltinNode.Unary {
        @Specialization
        Object exit(Object status) {
            throw systemExit(this, status);
        }
    }

    @Builtin(name = "getrecursionlimit", signature = "()")
    @GenerateNodeFactory
    public abstract static class GetRecursionLimitNode extends PytBuiltinNode.Varargs {
        @Specialization
        Object get(@SuppressWarnings("unused") Object[] args) {
            return (long) PytContext.get(this).recursionLimit;
        }
    }

    @Builtin(name = "setrecursionlimit", signature = "(limit, /)")
    @GenerateNodeFactory
    public abstract static class SetRecursionLimitNode extends PytBuiltinNode.Unary {
        @Specialization
        Object set(Object limit) {
            setLimit(PytContext.get(this), limit);
            return PyNone.NONE;
        }

        @TruffleBoundary
        private static void setLimit(PytContext context, Object limit) {
            if (limit instanceof Double) {
                throw PyErrors.typeError(null, "'float' object cannot be interpreted as an integer");
            }
            long n = BuiltinHelpers.asSize(limit);
            if (n < 1) {
                throw PyErrors.valueError(null, "recursion limit must be greater or equal than 1");
            }
            context.recursionLimit = (int) Math.min(n, Integer.MAX_VALUE);
        }
    }

    @Builtin(name = "getdefaultencoding", signature = "()")
    @GenerateNodeFactory
    public abstract static class GetDefaultEncodingNode extends PytBuiltinNode.Varargs {
        @Specialization
        static Object get(@SuppressWarnings("unused") Object[] args) {
            return PyStrings.of("utf-8");
        }
    }

    @Builtin(name = "getfilesystemencoding", signature = "()")
    @GenerateNodeFactory
    public abstract static class GetFilesystemEncodingNode extends PytBuiltinNode.Varargs {
        @Specialization
        static Object get(@SuppressWarnings("unused") Object[] args) {
            return PyStrings.of("utf-8");
        }
    }

    @Builtin(name = "intern", signature = "(string, /)")
    @GenerateNodeFactory
    public abstract static class InternNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object intern(Object s) {
            if (!(s instanceof TruffleString)) {
                throw PyErrors.typeError(null, "intern() argument must be str, not %s", BuiltinHelpers.typeName(s));
            }
            return s;
        }
    }

    @Builtin(name = "getsizeof", signature = "(object, default=_)")
    @GenerateNodeFactory
    public abstract static class GetSizeOfNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object getsizeof(Object obj, @SuppressWarnings("unused") Object dflt) {
            if (obj instanceof Long || obj instanceof Boolean) {
                return 28L;
            } else if (obj instanceof java.math.BigInteger b) {
                return 24L + 4L * ((b.bitLength() + 29) / 30);
            } else if (obj instanceof Double) {
                return 24L;
            } else if (obj instanceof TruffleString s) {
                return 49L + PyStrings.length(s);
            } else if (obj instanceof PyList l) {
                return 56L + 8L * l.size();
            } else if (obj instanceof PyTuple t) {
                return 40L + 8L * t.size();
            } else if (obj instanceof PyDict d) {
                return d.size() == 0 ? 64L : 232L + 24L * d.size();
            }
            return 48L;
        }
    }

    @Builtin(name = "get_int_max_str_digits", signature = "()")
    @GenerateNodeFactory
    public abstract static class GetIntMaxStrDigitsNode extends PytBuiltinNode.Varargs {
        @Specialization
        static Object get(@SuppressWarnings("unused") Object[] args) {
            return 4300L;
        }
    }

    @Builtin(name = "displayhook", signature = "(object, /)")
    @GenerateNodeFactory
    public abstract static class DisplayHookNode extends PytBuiltinNode.Unary {
        @Specialization
        Object display(Object value) {
            show(PytContext.get(this), value);
            return PyNone.NONE;
        }

        @TruffleBoundary
        private static void show(PytContext context, Object value) {
            if (value == PyNone.NONE) {
                return;
            }
            PyModule builtins = context.getBuiltins();
            builtins.set("_", PyNone.NONE);
            write(stdout(context), PyObjectReprNode.reprUncached(value) + "\n");
            builtins.set("_", value);
        }
    }

    @Builtin(name = "excepthook", signature = "(type, value, traceback, /)")
    @GenerateNodeFactory
    public abstract static class ExceptHookNode extends PytBuiltinNode.Ternary {
        @Specialization
        Object hook(@SuppressWarnings("unused") Object type, Object value, @SuppressWarnings("unused") Object tb) {
            report(PytContext.get(this), value);
            return PyNone.NONE;
        }

        @TruffleBoundary
        private static void report(PytContext context, Object value) {
            Object v = value instanceof PyException e ? e.getPyObject() : value;
            String text;
            if (v instanceof PyBaseException exc) {
                text = TracebackFormatter.format(exc);
            } else {
                text = "TypeError: print_exception(): Exception expected for value, " + BuiltinHelpers.typeName(v) + " found\n";
            }
            Object err = stderr(context);
            write(err, text);
        }
    }
}
