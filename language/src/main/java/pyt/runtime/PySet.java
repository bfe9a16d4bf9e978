package pyt.runtime;

import java.util.Iterator;
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
        return new SetIterator(this);
    }

    /** Iterates the set live; like CPython it fails once the set's size changes. */
    private static final class SetIterator extends PyIterator {
        private final PySet set;
        private final Iterator<Object> it;
        private final int expectedSize;

        SetIterator(PySet set) {
            this.set = set;
            this.it = set.map.values().iterator();
            this.expectedSize = set.map.size();
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (set.map.size() != expectedSize) {
                throw PyErrors.raise(null, PyErr.RuntimeError, "Set changed size during iteration");
            }
            return it.hasNext() ? it.next() : null;
        }
    }
}
