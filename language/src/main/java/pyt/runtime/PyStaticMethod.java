package pyt.runtime;

import pyt.interop.InteropObject;

/** A {@code staticmethod} object wrapping a callable. */
public final class PyStaticMethod extends InteropObject {
    private final Object callable;

    public PyStaticMethod(Object callable) {
        this.callable = callable;
    }

    public Object getCallable() {
        return callable;
    }
}
