package pyt.runtime;

import com.oracle.truffle.api.object.Shape;

/**
 * A SyntaxError instance: its args are {@code (msg, (filename, lineno, offset, text, end_lineno, end_offset))},
 * as CPython's, from which the attributes are read.
 */
public final class PySyntaxError extends PyBaseException {

    public PySyntaxError(Shape shape, PyTuple args) {
        super(shape, args);
    }

    /** The details tuple, or null if the exception was created without one. */
    public PyTuple details() {
        PyTuple args = getArgs();
        return args.size() >= 2 && args.get(1) instanceof PyTuple t && t.size() >= 4 ? t : null;
    }
}
