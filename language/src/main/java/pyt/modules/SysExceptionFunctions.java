package pyt.modules;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.PytContext;
import pyt.builtins.Builtin;
import pyt.builtins.BuiltinModule;
import pyt.builtins.PytBuiltinNode;
import pyt.runtime.PyBaseException;
import pyt.runtime.PyNone;
import pyt.runtime.PyTuple;

/** {@code sys.exc_info()} and {@code sys.exception()}: the exception the running except block handles. */
@BuiltinModule(name = "sys")
public final class SysExceptionFunctions {
    private SysExceptionFunctions() {
    }

    @Builtin(name = "exc_info", signature = "()")
    @GenerateNodeFactory
    public abstract static class ExcInfoNode extends PytBuiltinNode.Varargs {
        @Specialization
        Object excInfo(@SuppressWarnings("unused") Object[] args) {
            PyBaseException e = PytContext.get(this).handledException;
            if (e == null) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return PyTuple.of(e.getPyType(), e, e.getTraceback());
        }
    }

    @Builtin(name = "exception", signature = "()")
    @GenerateNodeFactory
    public abstract static class ExceptionNode extends PytBuiltinNode.Varargs {
        @Specialization
        Object exception(@SuppressWarnings("unused") Object[] args) {
            PyBaseException e = PytContext.get(this).handledException;
            return e == null ? PyNone.NONE : e;
        }
    }
}
