package pyt.runtime;

import java.util.LinkedHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pyt.interop.InteropObject;

/** A Python set or frozenset, keyed by Python equality like {@link PyDict}. */
public final class PySet extends InteropObject implements PyValue, SubclassableValue {
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

    private final LinkedHashMap<Object, Object> map = new LinkedHashMap<>();
    private final boolean frozen;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    public boolean isFrozen() {
        return frozen;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return frozen ? types.frozenset : types.set;
    }

    @TruffleBoundary
    public void add(Object item) {
        map.putIfAbsent(DictKey.of(item), item);
    }

    @TruffleBoundary
    public boolean contains(Object item) {
        return map.containsKey(DictKey.of(item));
    }

    @TruffleBoundary
    public boolean remove(Object item) {
        return map.remove(DictKey.of(item)) != null;
    }

    @TruffleBoundary
    public int size() {
        return map.size();
    }

    @TruffleBoundary
    public void clear() {
        map.clear();
    }

    @TruffleBoundary
    public Object[] items() {
        return map.values().toArray();
    }

    @TruffleBoundary
    public PyIterator iterator() {
        return new PyIterator.ArrayIterator(items(), map.size());
    }
}
