package pyt.runtime;

import java.util.Arrays;

import pyt.interop.InteropObject;

/** A Python list: a growable array of objects. */
public final class PyList extends InteropObject {
    private Object[] items;
    private int size;

    public PyList() {
        this.items = new Object[4];
    }

    /** Takes ownership of {@code items}. */
    public PyList(Object[] items) {
        this.items = items;
        this.size = items.length;
    }

    public PyList(Object[] items, int size) {
        this.items = items;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object value) {
        items[i] = value;
    }

    public void add(Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = value;
    }

    public void insert(int index, Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = value;
        size++;
    }

    public Object remove(int index) {
        Object v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    public void clear() {
        items = new Object[4];
        size = 0;
    }

    /** Replaces the whole content; takes ownership of {@code newItems}. */
    public void setAll(Object[] newItems, int newSize) {
        items = newItems;
        size = newSize;
    }

    public void ensureCapacity(int capacity) {
        if (capacity > items.length) {
            grow(capacity);
        }
    }

    private void grow(int minCapacity) {
        int newCapacity = Math.max(minCapacity, items.length + (items.length >> 1) + 1);
        items = Arrays.copyOf(items, newCapacity);
    }

    /** A copy of the live items. */
    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** The backing array, valid up to {@link #size()}; callers must not keep it. */
    public Object[] rawItems() {
        return items;
    }
}
