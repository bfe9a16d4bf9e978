package pyt.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import pyt.interop.InteropObject;
import pyt.interop.InteropValues;

/** A Python list: a growable array of objects; to other languages a writable array that grows at its end. */
@ExportLibrary(InteropLibrary.class)
public final class PyList extends InteropObject implements SubclassableValue {
    /** Set when this is an instance of a Python subclass of the builtin type. */
    private PyObject subclassData;

    @Override
    public PyObject getSubclassData() {
        return subclassData;
    }

    @Override
    public void setSubclassData(PyObject data) {
        this.subclassData = data;
    }

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

    // ---- interop (embedding): an array; writing at index size() appends

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return size;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < size;
    }

    @ExportMessage
    boolean isArrayElementModifiable(long index) {
        return index >= 0 && index < size;
    }

    @ExportMessage
    boolean isArrayElementInsertable(long index) {
        return index == size;
    }

    @ExportMessage
    boolean isArrayElementRemovable(long index) {
        return index >= 0 && index < size;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= size) {
            throw InvalidArrayIndexException.create(index);
        }
        return InteropValues.toInterop(items[(int) index]);
    }

    @ExportMessage
    void writeArrayElement(long index, Object value) throws InvalidArrayIndexException {
        if (index >= 0 && index < size) {
            items[(int) index] = InteropValues.toPython(value);
        } else if (index == size) {
            add(InteropValues.toPython(value));
        } else {
            throw InvalidArrayIndexException.create(index);
        }
    }

    @ExportMessage
    void removeArrayElement(long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= size) {
            throw InvalidArrayIndexException.create(index);
        }
        remove((int) index);
    }
}
