package pyt.runtime;

import com.oracle.truffle.api.object.Shape;

/** An instance of {@code BaseException} or a subclass: what Python code sees as the exception. */
public class PyBaseException extends PyObject {
    private PyTuple args;
    private Object cause = PyNone.NONE;
    private Object context = PyNone.NONE;
    private boolean suppressContext;
    /** The Truffle exception that last carried this object, for its traceback; null until raised. */
    private PyException exception;
    private Object traceback = PyNone.NONE;

    public PyBaseException(Shape shape, PyTuple args) {
        super(shape);
        this.args = args;
    }

    public PyTuple getArgs() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    public Object getCause() {
        return cause;
    }

    public void setCause(Object cause) {
        this.cause = cause;
    }

    public Object getContext() {
        return context;
    }

    public void setContext(Object context) {
        this.context = context;
    }

    public boolean getSuppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppressContext) {
        this.suppressContext = suppressContext;
    }

    public PyException getException() {
        return exception;
    }

    public void setException(PyException exception) {
        this.exception = exception;
    }

    public Object getTraceback() {
        return traceback;
    }

    public void setTraceback(Object traceback) {
        this.traceback = traceback;
    }
}
