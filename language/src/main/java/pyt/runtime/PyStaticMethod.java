package pyt.runtime;

/** A {@code staticmethod} object wrapping a callable. */
public final class PyStaticMethod {
    private final Object callable;

    public PyStaticMethod(Object callable) {
        this.callable = callable;
    }

    public Object getCallable() {
        return callable;
    }
}
