package pyt.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.PytContext;
import pyt.PytLanguage;
import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyBaseException;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyNone;
import pyt.runtime.PyType;

/** {@code raise exc from cause}: instantiates a class if given one, links the cause, and throws. */
public final class RaiseNode extends StmtNode {
    @Child private ExprNode exception;
    @Child private ExprNode cause;

    public RaiseNode(ExprNode exception, ExprNode cause) {
        this.exception = exception;
        this.cause = cause;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (exception == null) {
            throw reraise();
        }
        Object exc = exception.executeGeneric(frame);
        Object c = cause == null ? null : cause.executeGeneric(frame);
        throw raise(exc, c);
    }

    @TruffleBoundary
    private PyException reraise() {
        PyBaseException handled = PytContext.get(this).handledException;
        if (handled == null) {
            throw PyErrors.raise(this, PyErr.RuntimeError, "No active exception to reraise");
        }
        throw handled.getException() != null ? handled.getException() : new PyException(handled, this);
    }

    @TruffleBoundary
    private PyException raise(Object exc, Object causeValue) {
        PyBaseException instance = instantiate(exc, "exceptions must derive from BaseException");
        if (causeValue != null) {
            if (causeValue == PyNone.NONE) {
                instance.setCause(PyNone.NONE);
            } else {
                instance.setCause(instantiate(causeValue, "exception causes must derive from BaseException"));
            }
            instance.setSuppressContext(true);
        }
        throw new PyException(instance, this);
    }

    private PyBaseException instantiate(Object value, String notAnException) {
        PyType base = PytLanguage.get(this).types().BaseException;
        if (value instanceof PyType t && t.isSubtypeOf(base)) {
            Object created = CallDispatchNode.callUncached(t);
            if (created instanceof PyBaseException e) {
                return e;
            }
            throw PyErrors.typeError(this, "calling %s should have returned an instance of BaseException, not %s", t,
                            PyErrors.typeName(created));
        }
        if (value instanceof PyBaseException e) {
            return e;
        }
        throw PyErrors.typeError(this, notAnException);
    }
}
