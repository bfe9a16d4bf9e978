package pyt.interop;

import java.io.IOException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytContext;
import pyt.PytLanguage;
import pyt.builtins.Builtin;
import pyt.builtins.BuiltinHelpers;
import pyt.builtins.BuiltinModule;
import pyt.builtins.PytBuiltinNode;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyModule;
import pyt.runtime.PyNone;

/**
 * The {@code polyglot} module: code and values of other languages. {@code eval} runs a string
 * or file of another language (or of pyt itself), {@code import_value}/{@code export_value}
 * read and write the polyglot bindings the embedder and other languages share. What is
 * reachable is the embedder's decision: other languages need {@code allowPolyglotAccess},
 * files need {@code allowIO}.
 */
@BuiltinModule(name = "polyglot")
public final class PolyglotModule {
    private PolyglotModule() {
    }

    /** Adds the module's classes to the module {@code ModuleRegistry} created with its functions. */
    public static PyModule create(PytContext context, PyModule m) {
        m.set("foreign", context.getLanguage().types().foreign);
        m.set("ForeignException", context.getLanguage().types().ForeignException);
        return m;
    }

    static Env env() {
        return PytContext.get(null).getEnv();
    }

    @Builtin(name = "eval", signature = "(language=None, string=None, path=None)")
    @GenerateNodeFactory
    public abstract static class EvalNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object eval(Object language, Object string, Object path) {
            return doEval(language, string, path);
        }

        @TruffleBoundary
        private static Object doEval(Object language, Object string, Object path) {
            Env env = env();
            String lang = language == PyNone.NONE ? null : BuiltinHelpers.str(language, "eval() argument 'language'");
            Source source;
            if (string != PyNone.NONE) {
                if (path != PyNone.NONE) {
                    throw PyErrors.valueError(null, "polyglot.eval: give either string or path, not both");
                }
                if (lang == null) {
                    throw PyErrors.valueError(null, "polyglot.eval: the language must be given for a string");
                }
                checkLanguage(env, lang);
                source = Source.newBuilder(lang, BuiltinHelpers.str(string, "eval() argument 'string'"), "<polyglot eval>").build();
            } else if (path != PyNone.NONE) {
                String p = BuiltinHelpers.str(path, "eval() argument 'path'");
                try {
                    TruffleFile file = env.getPublicTruffleFile(p);
                    if (lang == null) {
                        lang = Source.findLanguage(file);
                        if (lang == null) {
                            throw PyErrors.valueError(null, "polyglot.eval: cannot tell the language of '%s'; give language=", p);
                        }
                    }
                    checkLanguage(env, lang);
                    source = Source.newBuilder(lang, file).build();
                } catch (IOException e) {
                    throw PyErrors.raise(null, PyErr.OSError, "polyglot.eval: cannot read '%s': %s", p, e.getMessage());
                } catch (SecurityException e) {
                    throw Files.denied(p);
                }
            } else {
                throw PyErrors.valueError(null, "polyglot.eval: give string= or path=");
            }
            try {
                return InteropValues.toPython(env.parsePublic(source).call());
            } catch (AbstractTruffleException e) {
                throw ForeignExceptions.toPython(e);
            }
        }

        private static void checkLanguage(Env env, String lang) {
            if (!env.getPublicLanguages().containsKey(lang)) {
                throw PyErrors.valueError(null, "polyglot.eval: language '%s' is not available (available: %s); other languages "
                                + "need to be installed and allowed by the embedder (Context.Builder.allowPolyglotAccess)",
                                lang, String.join(", ", env.getPublicLanguages().keySet()));
            }
        }
    }

    @Builtin(name = "import_value", signature = "(name)")
    @GenerateNodeFactory
    public abstract static class ImportValueNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object importValue(Object name) {
            Env env = env();
            checkBindings(env);
            Object v = env.importSymbol(BuiltinHelpers.str(name, "import_value() argument 'name'"));
            return v == null ? PyNone.NONE : InteropValues.toPython(v);
        }
    }

    @Builtin(name = "export_value", signature = "(value, name=None)")
    @GenerateNodeFactory
    public abstract static class ExportValueNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object exportValue(Object value, Object name) {
            Env env = env();
            checkBindings(env);
            Object v = value;
            Object n = name;
            // GraalPy's newer order export_value(name, value) is accepted too
            if (value instanceof TruffleString && name != PyNone.NONE && !(name instanceof TruffleString)) {
                v = name;
                n = value;
            }
            String key = n == PyNone.NONE ? BuiltinHelpers.str(PyObjectGetAttrNode.getUncached(v, "__name__"), "__name__")
                            : BuiltinHelpers.str(n, "export_value() argument 'name'");
            env.exportSymbol(key, InteropValues.toInterop(v));
            return v;
        }
    }

    static void checkBindings(Env env) {
        if (!env.isPolyglotBindingsAccessAllowed()) {
            throw PyErrors.raise(null, PytLanguage.get(null).types().PermissionError,
                            "polyglot bindings are not accessible: the embedder must allow them (Context.Builder.allowPolyglotAccess)");
        }
    }
}
