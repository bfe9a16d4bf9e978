package pyt.nodes.lib;

import java.util.ArrayList;
import java.util.List;

import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PySlice;

/** Slice assignment and deletion on lists, including extended slices. */
final class ListSlices {
    private ListSlices() {
    }

    static void assign(PyList list, PySlice slice, Object value) {
        PySlice.Indices ind = slice.indices(list.size());
        Object[] items = list.toArray();
        if (value != null && !Iteration.isIterable(value)) {
            throw PyErrors.typeError(null, ind.step() == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        }
        Object[] replacement = value == null ? new Object[0] : Iteration.toArray(value);
        if (ind.step() == 1 || value == null && ind.step() == 1) {
            int start = (int) ind.start();
            int stop = (int) Math.max(ind.start(), ind.stop());
            List<Object> result = new ArrayList<>(items.length + replacement.length);
            for (int i = 0; i < start; i++) {
                result.add(items[i]);
            }
            for (Object o : replacement) {
                result.add(o);
            }
            for (int i = stop; i < items.length; i++) {
                result.add(items[i]);
            }
            list.setAll(result.toArray(), result.size());
            return;
        }
        if (value == null) {
            boolean[] removed = new boolean[items.length];
            for (long i = 0, j = ind.start(); i < ind.length(); i++, j += ind.step()) {
                removed[(int) j] = true;
            }
            List<Object> result = new ArrayList<>();
            for (int i = 0; i < items.length; i++) {
                if (!removed[i]) {
                    result.add(items[i]);
                }
            }
            list.setAll(result.toArray(), result.size());
            return;
        }
        if (replacement.length != ind.length()) {
            throw PyErrors.valueError(null, "attempt to assign sequence of size %d to extended slice of size %d", replacement.length,
                            ind.length());
        }
        for (long i = 0, j = ind.start(); i < ind.length(); i++, j += ind.step()) {
            list.set((int) j, replacement[(int) i]);
        }
    }
}
