package pyt.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.PytContext;
import pyt.PytLanguage;
import pyt.builtins.Builtin;
import pyt.builtins.BuiltinHelpers;
import pyt.builtins.BuiltinModule;
import pyt.builtins.PytBuiltinNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;

/**
 * The {@code java} module: Java classes for Python code, when the embedder allows it.
 * {@code java.type("java.util.ArrayList")} is the class, callable to construct and with its
 * static members as attributes; without {@code allowHostClassLookup} it raises PermissionError.
 */
@BuiltinModule(name = "java")
public final class JavaModule {
    private JavaModule() {
    }

    @Builtin(name = "type", signature = "(name, /)")
    @GenerateNodeFactory
    public abstract static class TypeNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object type(Object name) {
            String className = BuiltinHelpers.str(name, "java.type() argument");
            Env env = PytContext.get(null).getEnv();
            if (!env.isHostLookupAllowed()) {
                throw PyErrors.raise(null, PytLanguage.get(null).types().PermissionError,
                                "access to Java classes is not allowed: the embedder must allow it (Context.Builder.allowHostClassLookup "
                                                + "and allowHostAccess)");
            }
            Object cls;
            try {
                cls = env.lookupHostSymbol(className);
            } catch (RuntimeException e) {
                cls = null;
            }
            if (cls == null) {
                throw PyErrors.raise(null, PyErr.LookupError, "Java class '%s' is not found or not accessible", className);
            }
            return cls;
        }
    }

    @Builtin(name = "instanceof", signature = "(obj, cls, /)")
    @GenerateNodeFactory
    public abstract static class InstanceOfNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object instanceOf(Object obj, Object cls) {
            if (!InteropValues.isForeign(cls)) {
                throw PyErrors.typeError(null, "java.instanceof() arg 2 must be a Java class");
            }
            return Foreign.instanceCheck(cls, obj);
        }
    }

    @Builtin(name = "is_object", signature = "(obj, /)")
    @GenerateNodeFactory
    public abstract static class IsObjectNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object isObject(Object obj) {
            return PytContext.get(null).getEnv().isHostObject(obj);
        }
    }

    @Builtin(name = "is_function", signature = "(obj, /)")
    @GenerateNodeFactory
    public abstract static class IsFunctionNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object isFunction(Object obj) {
            return PytContext.get(null).getEnv().isHostFunction(obj);
        }
    }

    @Builtin(name = "is_symbol", signature = "(obj, /)")
    @GenerateNodeFactory
    public abstract static class IsSymbolNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object isSymbol(Object obj) {
            return PytContext.get(null).getEnv().isHostSymbol(obj);
        }
    }
}
