package pyt.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import pyt.interop.InteropObject;

/** A {@code range} with long bounds; ranges beyond 64 bits are not supported yet (see docs/dialect.md). */
@ExportLibrary(InteropLibrary.class)
public final class PyRange extends InteropObject {
    private final long start;
    private final long stop;
    private final long step;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long start() {
        return start;
    }

    public long stop() {
        return stop;
    }

    public long step() {
        return step;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    public long get(long i) {
        return start + i * step;
    }

    // ---- interop (embedding): a read-only array of ints

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return length();
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < length();
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= length()) {
            throw InvalidArrayIndexException.create(index);
        }
        return get(index);
    }
}
