package pyt.runtime;

import pyt.interop.InteropObject;

/** An immutable {@code bytes} value. */
public final class PyBytes extends InteropObject implements PyValue {
    private final byte[] bytes;

    public PyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The backing array; callers must not modify it. */
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.bytes;
    }
}
