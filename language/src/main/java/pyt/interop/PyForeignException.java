package pyt.interop;

import com.oracle.truffle.api.object.Shape;

import pyt.runtime.PyBaseException;
import pyt.runtime.PyTuple;

/**
 * A {@code polyglot.ForeignException} instance: the Python face of an exception thrown by
 * Java code or another language. Attributes it does not have itself are read from the foreign
 * exception ({@code e.getMessage()} on a Java exception).
 */
public final class PyForeignException extends PyBaseException {
    private final Object foreignException;

    PyForeignException(Shape shape, PyTuple args, Object foreignException) {
        super(shape, args);
        this.foreignException = foreignException;
    }

    /** The exception object of the other language (a host exception for Java). */
    public Object getForeignException() {
        return foreignException;
    }
}
