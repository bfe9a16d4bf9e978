package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.nodes.lib.PyObjectIsTrueNode;
import pyt.runtime.PyBaseException;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;

/**
 * The data attributes every exception has, as CPython's getset descriptors of
 * {@code BaseException}: {@code args}, {@code __cause__}, {@code __context__},
 * {@code __suppress_context__} and {@code __traceback__}, readable and assignable.
 */
@BuiltinClass(name = "BaseException")
public final class ExceptionAttributes {
    private ExceptionAttributes() {
    }

    /** A cause or context: None or an exception instance. */
    private static Object chained(Object value, String what) {
        if (value != PyNone.NONE && !(value instanceof PyBaseException)) {
            throw PyErrors.typeError(null, "exception %s must be None or derive from BaseException", what);
        }
        return value;
    }

    @Builtin(name = "args", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class ArgsNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object args(Object self) {
            return ExceptionBuiltins.exc(self, "args").getArgs();
        }
    }

    @Builtin(name = "args", signature = "(self, value, /)", isSetter = true)
    @GenerateNodeFactory
    public abstract static class SetArgsNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object setArgs(Object self, Object value) {
            ExceptionBuiltins.exc(self, "args").setArgs(ListBuiltins.toTuple(value));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__cause__", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class CauseNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object cause(Object self) {
            return ExceptionBuiltins.exc(self, "__cause__").getCause();
        }
    }

    /** Setting a cause also suppresses the context in tracebacks, as {@code raise ... from} does. */
    @Builtin(name = "__cause__", signature = "(self, value, /)", isSetter = true)
    @GenerateNodeFactory
    public abstract static class SetCauseNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object setCause(Object self, Object value) {
            PyBaseException e = ExceptionBuiltins.exc(self, "__cause__");
            e.setCause(chained(value, "cause"));
            e.setSuppressContext(true);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__context__", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class ContextNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object context(Object self) {
            return ExceptionBuiltins.exc(self, "__context__").getContext();
        }
    }

    @Builtin(name = "__context__", signature = "(self, value, /)", isSetter = true)
    @GenerateNodeFactory
    public abstract static class SetContextNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object setContext(Object self, Object value) {
            ExceptionBuiltins.exc(self, "__context__").setContext(chained(value, "context"));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__suppress_context__", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class SuppressContextNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object suppressContext(Object self) {
            return ExceptionBuiltins.exc(self, "__suppress_context__").getSuppressContext();
        }
    }

    @Builtin(name = "__suppress_context__", signature = "(self, value, /)", isSetter = true)
    @GenerateNodeFactory
    public abstract static class SetSuppressContextNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object setSuppressContext(Object self, Object value) {
            ExceptionBuiltins.exc(self, "__suppress_context__").setSuppressContext(PyObjectIsTrueNode.isTrueUncached(value));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__traceback__", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class TracebackNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object traceback(Object self) {
            return ExceptionBuiltins.exc(self, "__traceback__").getTraceback();
        }
    }

    @Builtin(name = "__traceback__", signature = "(self, value, /)", isSetter = true)
    @GenerateNodeFactory
    public abstract static class SetTracebackNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object setTraceback(Object self, Object value) {
            ExceptionBuiltins.exc(self, "__traceback__").setTraceback(value);
            return PyNone.NONE;
        }
    }
}
