package pyt.runtime;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import pyt.interop.InteropIterator;
import pyt.interop.InteropObject;
import pyt.interop.InteropValues;

/**
 * A Python dict: insertion-ordered, keyed by Python equality. Keys are stored under a
 * {@link DictKey} that gives Java equals/hashCode Python's {@code ==}/{@code hash()}
 * semantics ({@code 1 == 1.0 == True}), while the original key object is kept for iteration.
 * To other languages a dict is a hash (interop hash entries).
 */
@ExportLibrary(InteropLibrary.class)
public final class PyDict extends InteropObject implements PyValue, SubclassableValue {
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

    private final LinkedHashMap<Object, Object[]> map = new LinkedHashMap<>();
    /** For {@code __dict__}/{@code globals()} snapshots: where writes are passed on, else null. */
    private NamespaceOwner namespaceOwner;

    /** A dict holding {@code entries} whose later writes also go to {@code owner}'s namespace. */
    public static PyDict namespaceOf(Object owner, java.util.Map<String, Object> entries) {
        PyDict d = new PyDict();
        for (java.util.Map.Entry<String, Object> e : entries.entrySet()) {
            d.put(PyStrings.of(e.getKey()), e.getValue());
        }
        d.namespaceOwner = new NamespaceOwner(owner);
        return d;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.dict;
    }

    @TruffleBoundary
    public Object get(Object key) {
        Object[] e = map.get(DictKey.of(key));
        return e == null ? null : e[1];
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        if (namespaceOwner != null) {
            namespaceOwner.written(key, value);
        }
        Object k = DictKey.of(key);
        if (!(k instanceof DictKey)) {
            // a str or number key compares without Python code, so looking it up first is
            // invisible, and updating a present key (counting) allocates nothing
            Object[] present = map.get(k);
            if (present != null) {
                present[1] = value;
                return;
            }
        }
        // one lookup, so a key's __eq__ runs as often as in CPython (computeIfAbsent would put
        // colliding keys first in their bucket, and so compare them in the wrong order)
        Object[] e = map.putIfAbsent(k, new Object[]{key, value});
        if (e != null) {
            e[1] = value;
        }
    }

    /** Removes a key; returns its value or null if absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        if (namespaceOwner != null) {
            namespaceOwner.written(key, null);
        }
        Object[] e = map.remove(DictKey.of(key));
        return e == null ? null : e[1];
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return map.containsKey(DictKey.of(key));
    }

    @TruffleBoundary
    public int size() {
        return map.size();
    }

    @TruffleBoundary
    public void clear() {
        map.clear();
    }

    /** Entries as {@code [key, value]} pairs in insertion order. */
    @TruffleBoundary
    public Iterable<Object[]> entries() {
        return map.values();
    }

    @TruffleBoundary
    public Object[] keys() {
        Object[] result = new Object[map.size()];
        int i = 0;
        for (Object[] e : map.values()) {
            result[i++] = e[0];
        }
        return result;
    }

    @TruffleBoundary
    public Object[] values() {
        Object[] result = new Object[map.size()];
        int i = 0;
        for (Object[] e : map.values()) {
            result[i++] = e[1];
        }
        return result;
    }

    /** Removes and returns the last inserted entry, or null when empty. */
    @TruffleBoundary
    public Object[] popLast() {
        if (map.isEmpty()) {
            return null;
        }
        Object last = null;
        for (Map.Entry<Object, Object[]> e : map.entrySet()) {
            last = e.getKey();
        }
        return map.remove(last);
    }

    @TruffleBoundary
    public PyDict copy() {
        PyDict d = new PyDict();
        for (Map.Entry<Object, Object[]> e : map.entrySet()) {
            d.map.put(e.getKey(), new Object[]{e.getValue()[0], e.getValue()[1]});
        }
        return d;
    }

    /** An iterator over the keys that fails like CPython when the dict changes size meanwhile. */
    @TruffleBoundary
    public PyIterator keyIterator() {
        return new DictIterator(this, 0);
    }

    static final class DictIterator extends PyIterator {
        private final PyDict dict;
        private final Iterator<Object[]> it;
        private final int expectedSize;
        private final int kind;

        DictIterator(PyDict dict, int kind) {
            this.dict = dict;
            this.it = dict.map.values().iterator();
            this.expectedSize = dict.map.size();
            this.kind = kind;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (dict.map.size() != expectedSize) {
                throw PyErrors.raise(null, PyErr.RuntimeError, "dictionary changed size during iteration");
            }
            if (!it.hasNext()) {
                return null;
            }
            Object[] e = it.next();
            return switch (kind) {
                case 0 -> e[0];
                case 1 -> e[1];
                default -> PyTuple.of(e[0], e[1]);
            };
        }
    }

    @TruffleBoundary
    public PyIterator valueIterator() {
        return new DictIterator(this, 1);
    }

    @TruffleBoundary
    public PyIterator itemIterator() {
        return new DictIterator(this, 2);
    }

    // ---- interop (embedding): a hash whose keys are compared with Python's == and hash()

    @ExportMessage
    boolean hasHashEntries() {
        return true;
    }

    @ExportMessage
    long getHashSize() {
        return size();
    }

    /** The value under a key from outside, or null when absent or unhashable. */
    @TruffleBoundary
    private Object getForeignKey(Object key) {
        try {
            return get(InteropValues.toPython(key));
        } catch (PyException e) {
            return null;
        }
    }

    @ExportMessage(name = "isHashEntryReadable")
    @ExportMessage(name = "isHashEntryModifiable")
    @ExportMessage(name = "isHashEntryRemovable")
    boolean isHashEntryReadable(Object key) {
        return getForeignKey(key) != null;
    }

    @ExportMessage
    boolean isHashEntryInsertable(Object key) {
        return getForeignKey(key) == null;
    }

    @ExportMessage
    Object readHashValue(Object key) throws UnknownKeyException {
        Object v = getForeignKey(key);
        if (v == null) {
            throw UnknownKeyException.create(key);
        }
        return InteropValues.toInterop(v);
    }

    @ExportMessage
    void writeHashEntry(Object key, Object value) {
        put(InteropValues.toPython(key), InteropValues.toPython(value));
    }

    @ExportMessage
    void removeHashEntry(Object key) throws UnknownKeyException {
        if (getForeignKey(key) == null) {
            throw UnknownKeyException.create(key);
        }
        remove(InteropValues.toPython(key));
    }

    @ExportMessage
    Object getHashEntriesIterator() {
        return new InteropIterator(itemIterator());
    }

    @ExportMessage
    Object getHashKeysIterator() {
        return new InteropIterator(keyIterator());
    }

    @ExportMessage
    Object getHashValuesIterator() {
        return new InteropIterator(valueIterator());
    }
}
