package pyt.runtime;

import pyt.interop.InteropObject;

/** A {@code classmethod} object wrapping a callable. */
public final class PyClassMethod extends InteropObject {
    private final Object callable;

    public PyClassMethod(Object callable) {
        this.callable = callable;
    }

    public Object getCallable() {
        return callable;
    }
}
