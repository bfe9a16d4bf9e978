package pyt.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pyt.interop.InteropObject;
import pyt.nodes.lib.Iteration;
import pyt.nodes.lib.PyObjectHashNode;

/**
 * A Python set or frozenset: CPython's open-addressing table (setobject.c), with its probe
 * sequence, growth policy and the algorithms of the set operations. A set iterates in table
 * order, so this is what makes {@code print({3, 1, 2})} print {@code {1, 2, 3}} as CPython
 * does; an insertion-ordered map would print {@code {3, 1, 2}}.
 */
public final class PySet extends InteropObject implements PyValue, SubclassableValue {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot; its hash is -1, which no Python hash equals. */
    private static final Object DUMMY = new Object();

    /** Set when this is an instance of a Python subclass of the builtin type. */
    private PyObject subclassData;

    private final boolean frozen;
    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    /** Active entries. */
    private int used;
    /** Active and dummy entries. */
    private int fill;
    /** Where {@code pop()} starts looking, as CPython's {@code finger}. */
    private int finger;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public PyObject getSubclassData() {
        return subclassData;
    }

    @Override
    public void setSubclassData(PyObject data) {
        this.subclassData = data;
    }

    public boolean isFrozen() {
        return frozen;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return frozen ? types.frozenset : types.set;
    }

    public int size() {
        return used;
    }

    // ---- the table

    private int mask() {
        return keys.length - 1;
    }

    /** The slot holding an equal key, or -1. */
    private int find(Object key, long hash) {
        Object[] table = keys;
        int mask = mask();
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                Object stored = table[j];
                if (stored == null) {
                    return -1;
                }
                if (hashes[j] == hash && stored != DUMMY) {
                    boolean equal = DictKey.equal(stored, key);
                    if (table != keys || table[j] != stored) {
                        // __eq__ changed the set: look again, as CPython does
                        return find(key, hash);
                    }
                    if (equal) {
                        return j;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void addEntry(Object key, long hash) {
        Object[] table = keys;
        int mask = mask();
        int i = (int) (hash & mask);
        long perturb = hash;
        int freeSlot = -1;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                Object stored = table[j];
                if (stored == null) {
                    if (freeSlot >= 0) {
                        table[freeSlot] = key;
                        hashes[freeSlot] = hash;
                        used++;
                        return;
                    }
                    table[j] = key;
                    hashes[j] = hash;
                    used++;
                    fill++;
                    if (fill * 5L >= mask * 3L) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return;
                }
                if (stored == DUMMY) {
                    if (freeSlot < 0) {
                        freeSlot = j;
                    }
                } else if (hashes[j] == hash) {
                    boolean equal = DictKey.equal(stored, key);
                    if (table != keys || table[j] != stored) {
                        addEntry(key, hash);
                        return;
                    }
                    if (equal) {
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Insertion into a table known to have no dummies and not to hold the key. */
    private static void insertClean(Object[] table, long[] tableHashes, Object key, long hash) {
        int mask = table.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                if (table[j] == null) {
                    table[j] = key;
                    tableHashes[j] = hash;
                    return;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(long minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newSize];
        hashes = new long[newSize];
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            Object k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(keys, hashes, k, oldHashes[i]);
            }
        }
    }

    private boolean discardEntry(Object key, long hash) {
        int slot = find(key, hash);
        if (slot < 0) {
            return false;
        }
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
        return true;
    }

    private static long hash(Object key) {
        return PyObjectHashNode.hashUncached(key);
    }

    // ---- element operations

    @TruffleBoundary
    public void add(Object item) {
        addEntry(item, hash(item));
    }

    @TruffleBoundary
    public boolean contains(Object item) {
        return find(item, hash(item)) >= 0;
    }

    @TruffleBoundary
    public boolean remove(Object item) {
        return discardEntry(item, hash(item));
    }

    /** {@code set.pop()}: the first entry from the finger on; null when empty. */
    @TruffleBoundary
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int mask = mask();
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i = (i + 1) & mask;
        }
        Object key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    @TruffleBoundary
    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        used = 0;
        fill = 0;
    }

    /** The elements in iteration (table) order. */
    @TruffleBoundary
    public Object[] items() {
        Object[] result = new Object[used];
        int n = 0;
        for (Object k : keys) {
            if (k != null && k != DUMMY) {
                result[n++] = k;
            }
        }
        return result;
    }

    @TruffleBoundary
    public PyIterator iterator() {
        return new SetIterator(this);
    }

    // ---- whole-set operations, each following its setobject.c counterpart

    /** A new empty set of the same kind (set or frozenset) as this one. */
    private PySet newLike() {
        return new PySet(frozen);
    }

    /** {@code set_update_internal}: adds the elements of any iterable. */
    @TruffleBoundary
    public void update(Object iterable) {
        if (iterable instanceof PySet other) {
            merge(other);
        } else if (iterable instanceof PyDict d && SubclassableValue.isExact(d)) {
            int size = d.size();
            if ((fill + (long) size) * 5 >= mask() * 3L) {
                resize((used + (long) size) * 2);
            }
            for (Object k : d.keys()) {
                add(k);
            }
        } else {
            for (Object x : Iteration.toArray(iterable)) {
                add(x);
            }
        }
    }

    private void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((fill + (long) other.used) * 5 >= mask() * 3L) {
            resize((used + (long) other.used) * 2);
        }
        if (fill == 0 && keys.length == other.keys.length && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            for (int i = 0; i < other.keys.length; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, k, other.hashes[i]);
                }
            }
            fill = other.used;
            used = other.used;
            return;
        }
        for (int i = 0; i < other.keys.length; i++) {
            Object k = other.keys[i];
            if (k != null && k != DUMMY) {
                addEntry(k, other.hashes[i]);
            }
        }
    }

    /** A copy of the given kind. */
    @TruffleBoundary
    public PySet copy(boolean asFrozen) {
        PySet result = new PySet(asFrozen);
        result.merge(this);
        return result;
    }

    /** {@code set_intersection}: iterates the smaller set, keeping its elements. */
    @TruffleBoundary
    public PySet intersection(Object other) {
        if (other == this) {
            return copy(frozen);
        }
        PySet result = newLike();
        if (other instanceof PySet o) {
            PySet big = this;
            PySet small = o;
            if (o.used > used) {
                big = o;
                small = this;
            }
            for (int i = 0; i < small.keys.length; i++) {
                Object k = small.keys[i];
                if (k != null && k != DUMMY && big.find(k, small.hashes[i]) >= 0) {
                    result.addEntry(k, small.hashes[i]);
                }
            }
            return result;
        }
        for (Object k : Iteration.toArray(other)) {
            long h = hash(k);
            if (find(k, h) >= 0) {
                result.addEntry(k, h);
            }
        }
        return result;
    }

    /** {@code set_difference}. */
    @TruffleBoundary
    public PySet difference(Object other) {
        int otherSize;
        if (other instanceof PySet o) {
            otherSize = o.used;
        } else if (other instanceof PyDict d && SubclassableValue.isExact(d)) {
            otherSize = d.size();
        } else {
            return copyAndDifference(other);
        }
        if ((used >> 2) > otherSize) {
            return copyAndDifference(other);
        }
        PySet result = newLike();
        for (int i = 0; i < keys.length; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) {
                boolean inOther = other instanceof PySet o ? o.find(k, hashes[i]) >= 0 : ((PyDict) other).containsKey(k);
                if (!inOther) {
                    result.addEntry(k, hashes[i]);
                }
            }
        }
        return result;
    }

    private PySet copyAndDifference(Object other) {
        PySet result = copy(frozen);
        result.differenceUpdate(other);
        return result;
    }

    /** {@code set_difference_update_internal}. */
    @TruffleBoundary
    public void differenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PySet o) {
            PySet source = (o.used >> 3) > used ? intersection(o) : o;
            for (int i = 0; i < source.keys.length; i++) {
                Object k = source.keys[i];
                if (k != null && k != DUMMY) {
                    discardEntry(k, source.hashes[i]);
                }
            }
        } else {
            for (Object k : Iteration.toArray(other)) {
                remove(k);
            }
        }
        if (fill - used > mask() / 4) {
            resize(used > 50000 ? used * 2L : used * 4L);
        }
    }

    /** {@code set_symmetric_difference_update}. */
    @TruffleBoundary
    public void symmetricDifferenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        PySet o;
        if (other instanceof PySet s) {
            o = s;
        } else {
            o = new PySet(false);
            o.update(other);
        }
        for (int i = 0; i < o.keys.length; i++) {
            Object k = o.keys[i];
            if (k != null && k != DUMMY && !discardEntry(k, o.hashes[i])) {
                addEntry(k, o.hashes[i]);
            }
        }
    }

    /** {@code set_symmetric_difference}: a copy of the other operand, updated with this. */
    @TruffleBoundary
    public PySet symmetricDifference(Object other) {
        PySet result = newLike();
        result.update(other);
        result.symmetricDifferenceUpdate(this);
        return result;
    }

    /** Takes over the content of another set, as CPython's {@code set_swap_bodies}. */
    @TruffleBoundary
    public void replaceContent(PySet other) {
        keys = other.keys.clone();
        hashes = other.hashes.clone();
        used = other.used;
        fill = other.fill;
    }

    /** Iterates the set live; like CPython it fails once the set's size changes. */
    private static final class SetIterator extends PyIterator {
        private final PySet set;
        private final int expectedSize;
        private int position;

        SetIterator(PySet set) {
            this.set = set;
            this.expectedSize = set.used;
        }

        @Override
        public IteratorKind kind() {
            return IteratorKind.SET;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (set.used != expectedSize) {
                throw PyErrors.raise(null, PyErr.RuntimeError, "Set changed size during iteration");
            }
            Object[] table = set.keys;
            while (position < table.length) {
                Object k = table[position++];
                if (k != null && k != DUMMY) {
                    return k;
                }
            }
            return null;
        }
    }
}
