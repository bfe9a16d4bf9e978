package pyt.runtime;

import pyt.interop.InteropObject;

/** A {@code range} with long bounds; ranges beyond 64 bits are not supported yet (see docs/dialect.md). */
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
}
