package pyt.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import pyt.interop.InteropObject;

/** An immutable {@code bytes} value; to other languages a read-only array of ints. */
@ExportLibrary(InteropLibrary.class)
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

    // ---- interop (embedding): a read-only array of ints

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return bytes.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < bytes.length;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= bytes.length) {
            throw InvalidArrayIndexException.create(index);
        }
        return (long) (bytes[(int) index] & 0xff);
    }
}
