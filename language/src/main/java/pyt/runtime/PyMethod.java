package pyt.runtime;

import pyt.interop.InteropObject;

/** A function bound to an object: calling it passes {@code self} first. */
public final class PyMethod extends InteropObject {
    private final Object self;
    private final Object function;

    public PyMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
    }

    public Object getSelf() {
        return self;
    }

    public Object getFunction() {
        return function;
    }
}
