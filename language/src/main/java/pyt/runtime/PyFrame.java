package pyt.runtime;

import pyt.interop.InteropObject;

/**
 * A Python frame object as introspection sees it ({@code gen.gi_frame}). pyt's frames are
 * Truffle frames that are not kept as objects, so this holds only what can be known without
 * materializing one: the globals of the code that runs in it.
 */
public final class PyFrame extends InteropObject implements PyValue {
    private final PyModule globals;

    public PyFrame(PyModule globals) {
        this.globals = globals;
    }

    public PyModule getGlobals() {
        return globals;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.frame;
    }
}
