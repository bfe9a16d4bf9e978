package pyt;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;

import pyt.modules.ModuleRegistry;
import pyt.runtime.PyModule;

/**
 * The state of one Python interpreter: its modules ({@code builtins}, {@code sys},
 * {@code __main__} and whatever was imported), standard streams and recursion depth.
 */
public final class PytContext {
    private static final ContextReference<PytContext> REFERENCE = ContextReference.create(PytLanguage.class);

    private final PytLanguage language;
    private final Env env;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, PyModule> modules = new HashMap<>();
    private PyModule builtinsModule;
    private PyModule mainModule;

    /**
     * The exception being handled by the innermost running {@code except} block, or null:
     * {@code sys.exc_info()}, bare {@code raise}, and the implicit {@code __context__} of a new exception.
     */
    public pyt.runtime.PyBaseException handledException;

    /** What {@code sys.setrecursionlimit} set; recursion is bounded by the stack (docs/dialect.md). */
    public int recursionLimit = 1000;

    PytContext(PytLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.out = new PrintStream(env.out(), false, java.nio.charset.StandardCharsets.UTF_8);
        this.err = new PrintStream(env.err(), true, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static PytContext get(Node node) {
        return REFERENCE.get(node);
    }

    void initialize() {
        builtinsModule = language.builtins().createBuiltinsModule(this);
        modules.put("builtins", builtinsModule);
        mainModule = new PyModule("__main__");
        mainModule.set("__name__", pyt.runtime.PyStrings.of("__main__"));
        modules.put("__main__", mainModule);
    }

    public PytLanguage getLanguage() {
        return language;
    }

    public Env getEnv() {
        return env;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public PyModule getBuiltins() {
        return builtinsModule;
    }

    public PyModule getMainModule() {
        return mainModule;
    }

    /** An already imported module, or null. */
    @TruffleBoundary
    public PyModule getModule(String name) {
        return modules.get(name);
    }

    /** Imports a module implemented in Java on first use; null if there is none of that name. */
    @TruffleBoundary
    public PyModule importBuiltinModule(String name) {
        PyModule m = modules.get(name);
        if (m == null) {
            m = ModuleRegistry.create(this, name);
            if (m != null) {
                modules.put(name, m);
            }
        }
        return m;
    }

    @TruffleBoundary
    public void putModule(String name, PyModule module) {
        modules.put(name, module);
    }

    @TruffleBoundary
    public void removeModule(String name) {
        modules.remove(name);
    }

    public String[] getArguments() {
        return env.getApplicationArguments();
    }
}
