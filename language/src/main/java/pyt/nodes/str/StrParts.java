package pyt.nodes.str;

import java.util.Arrays;

import pyt.runtime.PyList;

/** The growing item array of the list a split returns; the list takes it over without a copy. */
final class StrParts {
    private Object[] items = new Object[8];
    private int size;

    void add(Object item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = item;
    }

    PyList toList() {
        return new PyList(items, size);
    }
}
