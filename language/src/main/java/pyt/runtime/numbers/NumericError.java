package pyt.runtime.numbers;

/**
 * A Python exception raised by the numeric helpers of this package. The runtime translates it
 * into the Python exception named by {@link #kind}, with {@link #getMessage()} as its text
 * (CPython 3.11's text, word for word). It carries no Java stack trace: it is control flow.
 */
public final class NumericError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind { ZeroDivisionError, OverflowError, ValueError, TypeError, MemoryError }

    public final Kind kind;

    public NumericError(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    static NumericError zeroDivision(String message) {
        return new NumericError(Kind.ZeroDivisionError, message);
    }

    static NumericError overflow(String message) {
        return new NumericError(Kind.OverflowError, message);
    }

    static NumericError value(String message) {
        return new NumericError(Kind.ValueError, message);
    }

    @Override
    public String toString() {
        return kind + ": " + getMessage();
    }
}
