package pyt.runtime;

import pyt.interop.InteropObject;

/** A {@code slice(start, stop, step)} object; parts are Python values (None when omitted). */
public final class PySlice extends InteropObject implements PyValue {
    private final Object start;
    private final Object stop;
    private final Object step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public Object start() {
        return start;
    }

    public Object stop() {
        return stop;
    }

    public Object step() {
        return step;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.slice;
    }

    /** Resolved indices for a sequence of {@code length}: CPython's PySlice_AdjustIndices. */
    public record Indices(long start, long stop, long step, long length) {}

    public Indices indices(long length) {
        long st = step == PyNone.NONE ? 1 : index(step);
        if (st == 0) {
            throw PyErrors.valueError(null, "slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long s = start == PyNone.NONE ? (st < 0 ? upper : lower) : adjust(index(start), length, lower, upper);
        long e = stop == PyNone.NONE ? (st < 0 ? lower : upper) : adjust(index(stop), length, lower, upper);
        long n;
        if (st < 0) {
            n = e < s ? (s - e - 1) / -st + 1 : 0;
        } else {
            n = s < e ? (e - s - 1) / st + 1 : 0;
        }
        return new Indices(s, e, st, n);
    }

    private static long adjust(long i, long length, long lower, long upper) {
        if (i < 0) {
            i += length;
            return i < lower ? lower : i;
        }
        return i > upper ? upper : i;
    }

    private static long index(Object value) {
        Object v = isInt(value) ? value : callIndex(value);
        if (v instanceof Long l) {
            return l;
        } else if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((java.math.BigInteger) v).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    private static boolean isInt(Object v) {
        return v instanceof Long || v instanceof Boolean || v instanceof java.math.BigInteger;
    }

    /** {@code v.__index__()}, which must return an int. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static Object callIndex(Object v) {
        Object indexMethod = pyt.PytLanguage.get(null).types().typeOf(v).lookup("__index__");
        if (indexMethod == null) {
            throw PyErrors.typeError(null, "slice indices must be integers or None or have an __index__ method");
        }
        Object r = pyt.nodes.call.CallDispatchNode.callUncached(indexMethod, v);
        if (!isInt(r)) {
            throw PyErrors.typeError(null, "__index__ returned non-int (type %s)", PyErrors.typeName(r));
        }
        return r;
    }
}
