package pyt.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pyt.PytContext;
import pyt.runtime.BuiltinTypes;
import pyt.runtime.PyBuiltinFunction;
import pyt.runtime.PyModule;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.PyType;

/**
 * Creates the modules implemented in Java, on first import. A module's functions are the
 * {@code @BuiltinModule(name = ...)} group of that name; its constants and objects are set by
 * the module's class ({@link SysModule}, {@link MathModule}, {@link TimeModule}).
 */
public final class ModuleRegistry {
    /** The modules implemented in Java, besides {@code builtins}. */
    static final String[] NAMES = {"sys", "time", "math"};

    private ModuleRegistry() {
    }

    /** A new module called {@code name}, or null if pyt implements none of that name in Java. */
    @TruffleBoundary
    public static PyModule create(PytContext context, String name) {
        switch (name) {
            case "sys":
                return SysModule.create(context, withFunctions(context, name));
            case "time":
                return TimeFormatting.create(context, withFunctions(context, name));
            case "math":
                return MathModule.create(withFunctions(context, name));
            case "polyglot": // embedding (pyt.interop)
                return pyt.interop.PolyglotModule.create(context, withFunctions(context, name));
            case "java": // embedding (pyt.interop); java.type checks the host's permission
                return withFunctions(context, name);
            default:
                return null;
        }
    }

    private static PyModule withFunctions(PytContext context, String name) {
        PyModule m = new PyModule(name);
        m.set("__name__", PyStrings.of(name));
        m.set("__doc__", PyNone.NONE);
        m.set("__package__", PyStrings.EMPTY);
        m.set("__loader__", PyNone.NONE);
        m.set("__spec__", PyNone.NONE);
        for (PyBuiltinFunction fn : context.getLanguage().builtins().functionsOf(name)) {
            m.set(fn.getName(), fn);
        }
        return m;
    }

    /**
     * A plain class of this context (a subclass of {@code object}) whose methods are the
     * builtin group {@code group}: for the small helper classes of modules, like the type of
     * {@code sys.stdout}.
     */
    @TruffleBoundary
    static PyType newClass(PytContext context, String module, String name, String group) {
        BuiltinTypes types = context.getLanguage().types();
        PyType t = new PyType(name, module, new PyType[]{types.object}, types.rootShape);
        for (PyBuiltinFunction fn : context.getLanguage().builtins().functionsOf(group)) {
            t.define(fn.getName(), fn.asMethodOf(t));
        }
        return t;
    }
}
