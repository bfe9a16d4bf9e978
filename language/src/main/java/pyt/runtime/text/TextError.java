package pyt.runtime.text;

/**
 * A Python exception raised by the str helpers of this package. The runtime translates it into
 * the Python exception named by {@link #kind}, with {@link #getMessage()} as its text (CPython
 * 3.11's text, word for word). It carries no Java stack trace: it is control flow.
 */
public final class TextError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind { ValueError, TypeError, IndexError, OverflowError, KeyError, MemoryError }

    public final Kind kind;

    /** For {@link Kind#KeyError}: the missing key itself (the message is its repr), else null. */
    public final String key;

    public TextError(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.key = null;
    }

    private TextError(String key) {
        super(StrRepr.repr(key), null, false, false);
        this.kind = Kind.KeyError;
        this.key = key;
    }

    /** {@code KeyError(key)}: raise it with {@link #key} as the argument. */
    public static TextError keyError(String key) {
        return new TextError(key);
    }

    static TextError value(String message) {
        return new TextError(Kind.ValueError, message);
    }

    static TextError type(String message) {
        return new TextError(Kind.TypeError, message);
    }

    static TextError index(String message) {
        return new TextError(Kind.IndexError, message);
    }

    static TextError overflow(String message) {
        return new TextError(Kind.OverflowError, message);
    }

    @Override
    public String toString() {
        return kind + ": " + getMessage();
    }
}
