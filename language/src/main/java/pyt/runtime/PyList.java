package pyt.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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

    /**
     * The items, unless {@link #doubles} holds them: a list made only of floats keeps them
     * unboxed (float kernels store into such lists in their inner loops). Storing anything else
     * into it, or asking for {@link #rawItems()}, moves it to this generic storage for good.
     */
    private Object[] items;
    private double[] doubles;
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

    private PyList(double[] doubles) {
        this.doubles = doubles;
        this.size = doubles.length;
    }

    /** A new list of {@code values} (owned by the list), unboxed when they are all floats. */
    public static PyList of(Object[] values) {
        if (values.length == 0) {
            return new PyList(values);
        }
        for (Object v : values) {
            if (!(v instanceof Double)) {
                return new PyList(values);
            }
        }
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = (Double) values[i];
        }
        return new PyList(d);
    }

    public int size() {
        return size;
    }

    /** Whether the items are unboxed floats ({@link #getDouble}, {@link #setDouble}). */
    public boolean isDoubleStorage() {
        return doubles != null;
    }

    public double getDouble(int i) {
        return doubles[i];
    }

    public void setDouble(int i, double value) {
        doubles[i] = value;
    }

    public Object get(int i) {
        return doubles != null ? (Object) doubles[i] : items[i];
    }

    public void set(int i, Object value) {
        if (doubles != null) {
            if (value instanceof Double d) {
                doubles[i] = d;
                return;
            }
            generalize();
        }
        items[i] = value;
    }

    public void add(Object value) {
        if (doubles != null) {
            if (value instanceof Double d) {
                if (size == doubles.length) {
                    doubles = Arrays.copyOf(doubles, newCapacity(doubles.length, size + 1));
                }
                doubles[size++] = d;
                return;
            }
            generalize();
        }
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = value;
    }

    public void insert(int index, Object value) {
        generalize();
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = value;
        size++;
    }

    public Object remove(int index) {
        generalize();
        Object v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    public void clear() {
        items = new Object[4];
        doubles = null;
        size = 0;
    }

    /** Replaces the whole content; takes ownership of {@code newItems}. */
    public void setAll(Object[] newItems, int newSize) {
        items = newItems;
        doubles = null;
        size = newSize;
    }

    public void ensureCapacity(int capacity) {
        generalize();
        if (capacity > items.length) {
            grow(capacity);
        }
    }

    private void grow(int minCapacity) {
        items = Arrays.copyOf(items, newCapacity(items.length, minCapacity));
    }

    private static int newCapacity(int length, int minCapacity) {
        return Math.max(minCapacity, length + (length >> 1) + 1);
    }

    /** Moves unboxed floats to the generic storage (boxing them); a no-op when there. */
    private void generalize() {
        if (doubles != null) {
            generalizeSlow();
        }
    }

    @TruffleBoundary
    private void generalizeSlow() {
        Object[] boxed = new Object[Math.max(doubles.length, 4)];
        for (int i = 0; i < size; i++) {
            boxed[i] = doubles[i];
        }
        items = boxed;
        doubles = null;
    }

    /** A copy of the live items. */
    public Object[] toArray() {
        if (doubles != null) {
            Object[] copy = new Object[size];
            for (int i = 0; i < size; i++) {
                copy[i] = doubles[i];
            }
            return copy;
        }
        return Arrays.copyOf(items, size);
    }

    /**
     * The backing array, valid up to {@link #size()}; callers must not keep it. A list of
     * unboxed floats gives up that storage here.
     */
    public Object[] rawItems() {
        generalize();
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
        return InteropValues.toInterop(get((int) index));
    }

    @ExportMessage
    void writeArrayElement(long index, Object value) throws InvalidArrayIndexException {
        if (index >= 0 && index < size) {
            set((int) index, InteropValues.toPython(value));
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
