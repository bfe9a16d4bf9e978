package pyt.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import pyt.interop.InteropObject;
import pyt.interop.InteropValues;

/** An immutable Python tuple; to other languages a read-only array. */
@ExportLibrary(InteropLibrary.class)
public final class PyTuple extends InteropObject implements SubclassableValue {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    @CompilationFinal(dimensions = 1) private final Object[] items;

    /** Set when this is an instance of a Python subclass of tuple. */
    private PyObject subclassData;

    @Override
    public PyObject getSubclassData() {
        return subclassData;
    }

    @Override
    public void setSubclassData(PyObject data) {
        this.subclassData = data;
    }

    public PyTuple(Object[] items) {
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /** The backing array; callers must not modify it. */
    public Object[] items() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    // ---- interop (embedding): a read-only array

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return items.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < items.length;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= items.length) {
            throw InvalidArrayIndexException.create(index);
        }
        return InteropValues.toInterop(items[(int) index]);
    }
}
