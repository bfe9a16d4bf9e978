package pyt.runtime;

import pyt.interop.InteropObject;

/** A closure cell: a variable shared between a function and the functions nested in it. */
public final class PyCell extends InteropObject {
    /** null while the variable is unbound. */
    public Object value;

    public PyCell(Object value) {
        this.value = value;
    }
}
