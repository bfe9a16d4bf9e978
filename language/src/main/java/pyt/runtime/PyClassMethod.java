package pyt.runtime;

/** A {@code classmethod} object wrapping a callable. */
public final class PyClassMethod {
    private final Object callable;

    public PyClassMethod(Object callable) {
        this.callable = callable;
    }

    public Object getCallable() {
        return callable;
    }
}
