package pyt.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.interop.InteropIterator;
import pyt.interop.InteropObject;
import pyt.interop.InteropValues;

/**
 * A Python dict: CPython's compact dict (dictobject.c). A sparse index table of slots points
 * into dense, insertion-ordered arrays of keys, values and hashes; lookups probe the index with
 * CPython's perturbed sequence, deletions leave a dummy slot and an empty entry, and a resize
 * compacts the entries. How keys are hashed and compared is {@link DictKey}'s job.
 * To other languages a dict is a hash (interop hash entries).
 */
@ExportLibrary(InteropLibrary.class)
public final class PyDict extends InteropObject implements PyValue, SubclassableValue {
    private static final int MIN_SIZE = 8;
    private static final int PERTURB_SHIFT = 5;
    /** Index slots hold an entry's position plus one; 0 is a never-used slot. */
    private static final int EMPTY = 0;
    /** An index slot whose entry was deleted: probing goes on past it. */
    private static final int DUMMY = -1;
    /** The index of every empty dict; never written, as the first insertion resizes (usable is 0). */
    private static final int[] EMPTY_INDICES = new int[MIN_SIZE];
    private static final Object[] NO_OBJECTS = new Object[0];
    private static final long[] NO_HASHES = new long[0];

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

    private int[] indices = EMPTY_INDICES;
    /** The entries, in insertion order; a deleted entry has a null key and value. */
    private Object[] keys = NO_OBJECTS;
    private Object[] values = NO_OBJECTS;
    private long[] hashes = NO_HASHES;
    /** Entries used so far, deleted ones included. */
    private int nentries;
    /** Live entries. */
    private int used;
    /** Entries that may still be added before a resize, as CPython's {@code dk_usable}. */
    private int usable;
    /** Whether strs are filed under Python's hash rather than TruffleString's (see {@link DictKey}). */
    private boolean pythonStrHashes;
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

    // ---- the table

    /** The hash of a key, first switching to Python's str hashes if the key requires them. */
    private long hashOf(Object key) {
        if (!pythonStrHashes && DictKey.needsPythonStrHashes(key)) {
            long hash = DictKey.hash(key, true);
            usePythonStrHashes();
            return hash;
        }
        return DictKey.hash(key, pythonStrHashes);
    }

    private void usePythonStrHashes() {
        pythonStrHashes = true;
        for (int e = 0; e < nentries; e++) {
            if (keys[e] != null && DictKey.isStr(keys[e])) {
                hashes[e] = DictKey.hash(keys[e], true);
            }
        }
        resize(indices.length);
    }

    /** The entry holding a key equal to {@code key}, or -1. */
    private int lookup(Object key, long hash) {
        int[] table = indices;
        int mask = table.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = table[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix > 0) {
                int e = ix - 1;
                Object stored = keys[e];
                if (stored == key) {
                    return e;
                }
                if (hashes[e] == hash) {
                    boolean equal = DictKey.equal(stored, key);
                    if (table != indices || keys[e] != stored) {
                        // __eq__ changed the dict: look again, as CPython does
                        return lookup(key, hash);
                    }
                    if (equal) {
                        return e;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The index slot of a slot-free hash (empty or dummy), for a new entry. */
    private static int findEmptySlot(int[] table, long hash) {
        int mask = table.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (table[i] > EMPTY) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** The index slot pointing at entry {@code e}. */
    private int slotOf(long hash, int e) {
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (indices[i] != e + 1) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    private void insert(Object key, long hash, Object value) {
        int e = lookup(key, hash);
        if (e >= 0) {
            values[e] = value;
            return;
        }
        if (usable <= 0) {
            resize(used * 3L);
        }
        indices[findEmptySlot(indices, hash)] = nentries + 1;
        keys[nentries] = key;
        values[nentries] = value;
        hashes[nentries] = hash;
        nentries++;
        used++;
        usable--;
    }

    /** Entries a table of {@code size} index slots holds, as CPython's {@code USABLE_FRACTION}. */
    private static int usableFraction(int size) {
        return (size << 1) / 3;
    }

    /** Compacts the entries into a new table of the smallest size at least {@code minSize}, its index built afresh. */
    private void resize(long minSize) {
        int size = MIN_SIZE;
        while (size < minSize) {
            size <<= 1;
        }
        int capacity = usableFraction(size);
        Object[] newKeys = new Object[capacity];
        Object[] newValues = new Object[capacity];
        long[] newHashes = new long[capacity];
        int n = 0;
        for (int e = 0; e < nentries; e++) {
            if (keys[e] != null) {
                newKeys[n] = keys[e];
                newValues[n] = values[e];
                newHashes[n] = hashes[e];
                n++;
            }
        }
        keys = newKeys;
        values = newValues;
        hashes = newHashes;
        nentries = n;
        usable = capacity - n;
        int[] table = new int[size];
        for (int e = 0; e < n; e++) {
            table[findEmptySlot(table, newHashes[e])] = e + 1;
        }
        indices = table;
    }

    /** Deletes entry {@code e}; returns its value. */
    private Object deleteEntry(int e) {
        indices[slotOf(hashes[e], e)] = DUMMY;
        Object value = values[e];
        keys[e] = null;
        values[e] = null;
        used--;
        return value;
    }

    // ---- the compiled fast path for str keys (see DictStrLookupNode)

    /** What {@link #findStr} returns when only the generic path can tell. */
    public static final int UNKNOWN = -2;

    /**
     * The entry of a str key whose str-code mode hash is {@code hash}, -1 when absent, or
     * {@link #UNKNOWN} when the dict files strs under Python's hash or a non-str key has the
     * same hash. Calls nothing but {@code equal}, so that compiled code inlines it.
     */
    public int findStr(TruffleString key, long hash, TruffleString.EqualNode equal) {
        if (pythonStrHashes) {
            return UNKNOWN;
        }
        int[] table = indices;
        int mask = table.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = table[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix > 0 && hashes[ix - 1] == hash) {
                Object stored = keys[ix - 1];
                if (stored == key) {
                    return ix - 1;
                } else if (!(stored instanceof TruffleString s)) {
                    return UNKNOWN;
                } else if (equal.execute(s, key, PyStrings.ENCODING)) {
                    return ix - 1;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The value of entry {@code e}, as found by {@link #findStr}. */
    public Object valueAt(int e) {
        return values[e];
    }

    /** Whether {@link #setValueAt} may replace values: writes to a namespace snapshot are passed on. */
    public boolean isPlain() {
        return namespaceOwner == null;
    }

    /** Replaces the value of entry {@code e}, as found by {@link #findStr}, in a plain dict. */
    public void setValueAt(int e, Object value) {
        values[e] = value;
    }

    // ---- key operations

    @TruffleBoundary
    public Object get(Object key) {
        int e = lookup(key, hashOf(key));
        return e < 0 ? null : values[e];
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        if (namespaceOwner != null) {
            namespaceOwner.written(key, value);
        }
        insert(key, hashOf(key), value);
    }

    /** Removes a key; returns its value or null if absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        if (namespaceOwner != null) {
            namespaceOwner.written(key, null);
        }
        int e = lookup(key, hashOf(key));
        return e < 0 ? null : deleteEntry(e);
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return lookup(key, hashOf(key)) >= 0;
    }

    public int size() {
        return used;
    }

    @TruffleBoundary
    public void clear() {
        indices = EMPTY_INDICES;
        keys = NO_OBJECTS;
        values = NO_OBJECTS;
        hashes = NO_HASHES;
        nentries = 0;
        used = 0;
        usable = 0;
    }

    /** A snapshot of the entries as {@code [key, value]} pairs in insertion order. */
    @TruffleBoundary
    public java.util.List<Object[]> entries() {
        java.util.List<Object[]> result = new java.util.ArrayList<>(used);
        for (int e = 0; e < nentries; e++) {
            if (keys[e] != null) {
                result.add(new Object[]{keys[e], values[e]});
            }
        }
        return result;
    }

    @TruffleBoundary
    public Object[] keys() {
        return live(keys);
    }

    @TruffleBoundary
    public Object[] values() {
        return live(values);
    }

    /** The live entries' elements of {@code column} (the keys or the values) in order. */
    private Object[] live(Object[] column) {
        Object[] result = new Object[used];
        int n = 0;
        for (int e = 0; e < nentries; e++) {
            if (keys[e] != null) {
                result[n++] = column[e];
            }
        }
        return result;
    }

    /** Removes and returns the last inserted entry as {@code [key, value]}, or null when empty. */
    @TruffleBoundary
    public Object[] popLast() {
        if (used == 0) {
            return null;
        }
        int e = nentries - 1;
        while (keys[e] == null) {
            e--;
        }
        Object key = keys[e];
        Object value = deleteEntry(e);
        // as CPython's popitem: the trailing deleted entries are given up, usable is not
        nentries = e;
        return new Object[]{key, value};
    }

    @TruffleBoundary
    public PyDict copy() {
        PyDict d = new PyDict();
        d.pythonStrHashes = pythonStrHashes;
        if (used == 0) {
            return d;
        }
        d.indices = indices;
        d.keys = keys;
        d.values = values;
        d.hashes = hashes;
        d.nentries = nentries;
        d.used = used;
        // resizing copies the shared entries into the new dict's own arrays
        d.resize(used * 3L / 2 + 1);
        return d;
    }

    /** An iterator over the keys that fails like CPython when the dict changes size meanwhile. */
    @TruffleBoundary
    public PyIterator keyIterator() {
        return new DictIterator(this, IteratorKind.DICT_KEYS);
    }

    static final class DictIterator extends PyIterator {
        private final PyDict dict;
        private final IteratorKind kind;
        /** The size the dict had, or -1 once a change was reported (the error sticks, as in CPython). */
        private int expectedSize;
        /** Entries still to come. */
        private int remaining;
        private int position;

        DictIterator(PyDict dict, IteratorKind kind) {
            this.dict = dict;
            this.expectedSize = dict.used;
            this.remaining = dict.used;
            this.kind = kind;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (dict.used != expectedSize) {
                expectedSize = -1;
                throw PyErrors.raise(null, PyErr.RuntimeError, "dictionary changed size during iteration");
            }
            int e = position;
            while (e < dict.nentries && dict.keys[e] == null) {
                e++;
            }
            if (e >= dict.nentries) {
                position = e;
                return null;
            }
            if (remaining == 0) {
                throw PyErrors.raise(null, PyErr.RuntimeError, "dictionary keys changed during iteration");
            }
            position = e + 1;
            remaining--;
            return switch (kind) {
                case DICT_KEYS -> dict.keys[e];
                case DICT_VALUES -> dict.values[e];
                default -> PyTuple.of(dict.keys[e], dict.values[e]);
            };
        }

        @Override
        public IteratorKind kind() {
            return kind;
        }
    }

    @TruffleBoundary
    public PyIterator valueIterator() {
        return new DictIterator(this, IteratorKind.DICT_VALUES);
    }

    @TruffleBoundary
    public PyIterator itemIterator() {
        return new DictIterator(this, IteratorKind.DICT_ITEMS);
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
