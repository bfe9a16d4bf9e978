package pyt.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

import pyt.interop.InteropObject;

/** An immutable Python tuple. */
public final class PyTuple extends InteropObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    @CompilationFinal(dimensions = 1) private final Object[] items;

    public PyTuple(Object[] items) {
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /** The backing array; callers must not modify it. */
    public Object[] items() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }
}
