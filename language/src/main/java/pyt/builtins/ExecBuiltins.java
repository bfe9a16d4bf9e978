package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytContext;
import pyt.PytLanguage;
import pyt.compiler.ModuleCompiler;
import pyt.runtime.PArguments;
import pyt.runtime.PyCode;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyModule;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.Signature;

/**
 * {@code compile}, {@code exec} and {@code eval}: the builtins that run the compiler. A dict
 * passed as globals is copied into a temporary module and the module's variables copied back
 * afterwards (docs/dialect.md).
 */
@BuiltinModule(name = "builtins")
public final class ExecBuiltins {
    private ExecBuiltins() {
    }

    private static final Signature NO_PARAMETERS = new Signature(new String[0], 0, 0, false, 0, false);

    @Builtin(name = "compile", signature = "(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)")
    @GenerateNodeFactory
    public abstract static class CompileNode extends PytBuiltinNode.Varargs {
        @Specialization
        Object compile(Object[] args) {
            return compileSource(PytLanguage.get(this), args[0], args[1], args[2]);
        }
    }

    @Builtin(name = "exec", signature = "(source, globals=None, locals=None, /)")
    @GenerateNodeFactory
    public abstract static class ExecNode extends PytBuiltinNode.Ternary {
        @Specialization
        Object exec(Object source, Object globals, @SuppressWarnings("unused") Object locals) {
            run(PytLanguage.get(this), source, globals, "exec");
            return PyNone.NONE;
        }
    }

    @Builtin(name = "eval", signature = "(source, globals=None, locals=None, /)")
    @GenerateNodeFactory
    public abstract static class EvalNode extends PytBuiltinNode.Ternary {
        @Specialization
        Object eval(Object source, Object globals, @SuppressWarnings("unused") Object locals) {
            return run(PytLanguage.get(this), source, globals, "eval");
        }
    }

    @TruffleBoundary
    static PyCode compileSource(PytLanguage language, Object source, Object filename, Object mode) {
        String m = text(mode, "compile() mode");
        if (!m.equals("exec") && !m.equals("eval") && !m.equals("single")) {
            throw PyErrors.valueError(null, "compile() mode must be 'exec', 'eval' or 'single'");
        }
        String text = text(source, "compile() arg 1");
        RootCallTarget target = ModuleCompiler.compileString(language, text, text(filename, "compile() filename"), m);
        return new PyCode("<module>", target, NO_PARAMETERS, 0);
    }

    @TruffleBoundary
    private static Object run(PytLanguage language, Object source, Object globals, String mode) {
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
        } else if (source instanceof TruffleString s) {
            String text = PyStrings.toJava(s);
            code = compileSource(language, PyStrings.of(mode.equals("eval") ? text.strip() : text), PyStrings.of("<string>"), PyStrings.of(mode));
        } else {
            throw PyErrors.typeError(null, "%s() arg 1 must be a string, bytes or code object", mode);
        }
        if (globals == PyNone.NONE) {
            return code.getCallTarget().call(PArguments.create(null, callerGlobals(), 0));
        }
        if (!(globals instanceof PyDict dict)) {
            throw PyErrors.typeError(null, "%s() globals must be a dict, not %s", mode, PyErrors.typeName(globals));
        }
        PyModule module = new PyModule("__main__");
        for (Object[] e : dict.entries()) {
            if (e[0] instanceof TruffleString k) {
                module.set(PyStrings.toJava(k), e[1]);
            }
        }
        if (!dict.containsKey(PyStrings.of("__builtins__"))) {
            dict.put(PyStrings.of("__builtins__"), PytContext.get(null).getBuiltins());
        }
        try {
            return code.getCallTarget().call(PArguments.create(null, module, 0));
        } finally {
            for (java.util.Map.Entry<String, Object> e : module.snapshot().entrySet()) {
                dict.put(PyStrings.of(e.getKey()), e.getValue());
            }
        }
    }

    /** The globals of the Python frame that called the builtin. */
    private static PyModule callerGlobals() {
        PyModule found = Truffle.getRuntime().iterateFrames(f -> {
            Object[] a = f.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
            return a.length > PArguments.GLOBALS && a[PArguments.GLOBALS] instanceof PyModule m ? m : null;
        });
        return found != null ? found : PytContext.get(null).getMainModule();
    }

    private static String text(Object value, String what) {
        if (value instanceof TruffleString s) {
            return PyStrings.toJava(s);
        }
        throw PyErrors.typeError(null, "%s must be str, not %s", what, PyErrors.typeName(value));
    }
}
