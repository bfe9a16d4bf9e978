package pyt.runtime;

import java.io.IOException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytContext;
import pyt.PytLanguage;
import pyt.compiler.ModuleCompiler;
import pyt.nodes.lib.PyObjectGetAttrNode;

/**
 * The import system: modules implemented in Java first, then {@code name.py} or the package
 * {@code name/__init__.py} along {@code sys.path} (or the parent package's {@code __path__}),
 * read through Truffle's file system so an embedder's IO policy applies. A module is
 * registered before its body runs, so circular imports see the partly initialized module, and
 * removed again if the body fails.
 */
public final class Importer {
    private Importer() {
    }

    /** Imports {@code name} (dotted) and returns that module (not its top-level package). */
    @TruffleBoundary
    public static PyModule importModule(PytContext context, String name) {
        PyModule existing = context.getModule(name);
        if (existing != null) {
            return existing;
        }
        int dot = name.lastIndexOf('.');
        PyModule parent = dot < 0 ? null : importModule(context, name.substring(0, dot));
        if (parent != null) {
            existing = context.getModule(name);
            if (existing != null) {
                return existing;
            }
        }
        PyModule builtin = dot < 0 ? context.importBuiltinModule(name) : null;
        if (builtin != null) {
            registerInSys(context, name, builtin);
            return builtin;
        }
        String shortName = dot < 0 ? name : name.substring(dot + 1);
        Object searchPath = parent == null ? sysPath(context) : parent.get("__path__");
        if (parent != null && searchPath == null) {
            throw PyErrors.raise(null, PyErr.ModuleNotFoundError, "No module named '%s'; '%s' is not a package", name,
                            name.substring(0, dot));
        }
        for (Object entry : pathEntries(searchPath)) {
            TruffleFile dir = directory(context, entry);
            if (dir == null) {
                continue;
            }
            TruffleFile pkg = dir.resolve(shortName);
            TruffleFile init = pkg.resolve("__init__.py");
            if (init.isRegularFile()) {
                return load(context, name, init, pkg, parent, shortName);
            }
            TruffleFile file = dir.resolve(shortName + ".py");
            if (file.isRegularFile()) {
                return load(context, name, file, null, parent, shortName);
            }
        }
        throw PyErrors.raise(null, PyErr.ModuleNotFoundError, "No module named '%s'", name);
    }

    private static PyModule load(PytContext context, String name, TruffleFile file, TruffleFile packageDir, PyModule parent,
                    String shortName) {
        Source source;
        try {
            source = Source.newBuilder(PytLanguage.ID, file).build();
        } catch (IOException | SecurityException e) {
            throw PyErrors.raise(null, PyErr.ImportError, "cannot read %s: %s", file.getPath(), e.getMessage());
        }
        PyModule module = new PyModule(name);
        module.set("__name__", PyStrings.of(name));
        module.set("__file__", PyStrings.of(file.getPath()));
        module.set("__doc__", PyNone.NONE);
        module.set("__builtins__", context.getBuiltins());
        if (packageDir != null) {
            module.set("__path__", new PyList(new Object[]{PyStrings.of(packageDir.getPath())}));
            module.set("__package__", PyStrings.of(name));
        } else {
            int dot = name.lastIndexOf('.');
            module.set("__package__", PyStrings.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        context.putModule(name, module);
        registerInSys(context, name, module);
        try {
            RootCallTarget body = ModuleCompiler.compileModule(context.getLanguage(), source);
            body.call(PArguments.create(null, module, 0));
        } catch (RuntimeException e) {
            context.removeModule(name);
            unregisterInSys(context, name);
            throw e;
        }
        if (parent != null) {
            parent.set(shortName, module);
        }
        return context.getModule(name) != null ? context.getModule(name) : module;
    }

    /**
     * {@code from module import name}: the attribute, else the submodule {@code module.name}.
     * Raises CPython's ImportError when neither exists.
     */
    @TruffleBoundary
    public static Object importFrom(PytContext context, PyModule module, String name) {
        Object v = PyObjectGetAttrNode.lookupUncached(module, name);
        if (v != null) {
            return v;
        }
        if (module.get("__path__") != null) {
            try {
                return importModule(context, module.getName() + "." + name);
            } catch (PyException e) {
                if (!e.getPyType().isSubtypeOf(context.getLanguage().types().ModuleNotFoundError)) {
                    throw e;
                }
            }
        }
        Object file = module.get("__file__");
        String where = file instanceof TruffleString f ? PyStrings.toJava(f) : "unknown location";
        throw PyErrors.raise(null, PyErr.ImportError, "cannot import name '%s' from '%s' (%s)", name, module.getName(), where);
    }

    /** The absolute name of a relative import ({@code level} dots) made from module {@code globals}. */
    @TruffleBoundary
    public static String resolveRelative(PyModule globals, String name, int level) {
        Object pkg = globals.get("__package__");
        String base;
        if (pkg instanceof TruffleString p && !PyStrings.toJava(p).isEmpty()) {
            base = PyStrings.toJava(p);
        } else if (globals.get("__path__") != null) {
            base = globals.getName();
        } else {
            String n = globals.getName();
            int dot = n.lastIndexOf('.');
            base = dot < 0 ? "" : n.substring(0, dot);
        }
        if (base.isEmpty()) {
            throw PyErrors.raise(null, PyErr.ImportError, "attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyErrors.raise(null, PyErr.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name == null || name.isEmpty() ? base : base + "." + name;
    }

    private static Object sysPath(PytContext context) {
        PyModule sys = context.importBuiltinModule("sys");
        return sys == null ? null : sys.get("path");
    }

    private static Object[] pathEntries(Object path) {
        if (path instanceof PyList l) {
            return l.toArray();
        }
        return new Object[0];
    }

    private static TruffleFile directory(PytContext context, Object entry) {
        if (!(entry instanceof TruffleString s)) {
            return null;
        }
        String p = PyStrings.toJava(s);
        try {
            TruffleFile dir = context.getEnv().getPublicTruffleFile(p.isEmpty() ? "." : p);
            return dir.isDirectory() ? dir : null;
        } catch (SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void registerInSys(PytContext context, String name, PyModule module) {
        Object modules = sysModules(context);
        if (modules instanceof PyDict d) {
            d.put(PyStrings.of(name), module);
        }
    }

    private static void unregisterInSys(PytContext context, String name) {
        Object modules = sysModules(context);
        if (modules instanceof PyDict d) {
            d.remove(PyStrings.of(name));
        }
    }

    private static Object sysModules(PytContext context) {
        PyModule sys = context.getModule("sys");
        return sys == null ? null : sys.get("modules");
    }
}
