package pyt.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pyt.interop.InteropObject;

/**
 * A {@code bytearray}: a growable buffer of bytes. It shares its read-only methods with
 * {@code bytes} (pyt.builtins.BytesBuiltins), which see it through {@link #bytes()}.
 */
public final class PyByteArray extends InteropObject implements PyValue {
    private byte[] data;
    private int size;

    public PyByteArray(byte[] bytes) {
        this.data = bytes;
        this.size = bytes.length;
    }

    /** A copy of the current contents. */
    @TruffleBoundary
    public byte[] bytes() {
        return Arrays.copyOf(data, size);
    }

    public int size() {
        return size;
    }

    public int get(int index) {
        return data[index] & 0xFF;
    }

    public void set(int index, int value) {
        data[index] = (byte) value;
    }

    @TruffleBoundary
    public void append(int value) {
        if (size == data.length) {
            data = Arrays.copyOf(data, Math.max(8, size * 2));
        }
        data[size++] = (byte) value;
    }

    /** Replaces {@code [start, end)} by {@code with}, growing or shrinking the array. */
    @TruffleBoundary
    public void replace(int start, int end, byte[] with) {
        byte[] result = new byte[size - (end - start) + with.length];
        System.arraycopy(data, 0, result, 0, start);
        System.arraycopy(with, 0, result, start, with.length);
        System.arraycopy(data, end, result, start + with.length, size - end);
        data = result;
        size = result.length;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.bytearray;
    }
}
