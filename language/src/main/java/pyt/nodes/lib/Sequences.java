package pyt.nodes.lib;

import java.math.BigInteger;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PySlice;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.SubclassableValue;

/** Index and slice arithmetic shared by the builtin sequences. */
public final class Sequences {
    private Sequences() {
    }

    /** A Python index (int, bool or {@code __index__}) as a long; CPython's TypeError otherwise. */
    public static long asIndex(Object key, String what) {
        if (key instanceof Long l) {
            return l;
        } else if (key instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (key instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        PyType type = PytLanguage.get(null).types().typeOf(key);
        Object index = type.lookup("__index__");
        if (index != null) {
            return asIndex(CallDispatchNode.callUncached(index, key), what);
        }
        throw PyErrors.typeError(null, "%s indices must be integers or slices, not %s", what, type.getName());
    }

    /** A checked position in a sequence of {@code size}, negative indices counting from the end. */
    public static int index(Object key, long size, String what) {
        return (int) longIndex(key, size, what);
    }

    /** {@link #index} for sequences longer than an int can count: ranges. */
    public static long longIndex(Object key, long size, String what) {
        long i = asIndex(key, what.equals("string") ? "string" : what.equals("range object") ? "range" : what);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            // CPython's bytes say only "index out of range"
            throw what.equals("byte") ? PyErrors.raise(null, PyErr.IndexError, "index out of range") : PyObjectGetItemNode.indexError(what);
        }
        return i;
    }

    /** {@code t[slice]}; tuples are immutable, so a slice of all of an exact tuple is the tuple itself, as in CPython. */
    public static PyTuple sliceTuple(PyTuple t, PySlice slice) {
        PySlice.Indices ind = slice.indices(t.size());
        if (ind.step() == 1 && ind.length() == t.size() && SubclassableValue.isExact(t)) {
            return t;
        }
        return PyTuple.of(slice(t.items(), t.size(), slice));
    }

    public static Object[] slice(Object[] items, int size, PySlice slice) {
        PySlice.Indices ind = slice.indices(size);
        Object[] result = new Object[(int) ind.length()];
        long j = ind.start();
        for (int i = 0; i < result.length; i++, j += ind.step()) {
            result[i] = items[(int) j];
        }
        return result;
    }
}
