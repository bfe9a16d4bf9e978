package pyt.runtime;

import pyt.interop.InteropObject;

/**
 * An iterator implemented in Java. {@link #next()} returns null when exhausted instead of
 * raising StopIteration, so Java loops over Python iterables stay exception-free.
 */
public abstract class PyIterator extends InteropObject implements PyValue {

    public abstract Object next();

    /** Which CPython iterator class this is. */
    public IteratorKind kind() {
        return IteratorKind.ITERATOR;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.iteratorType(kind());
    }

    /** Iterates over the first {@code size} items of an array (tuples, list snapshots). */
    public static final class ArrayIterator extends PyIterator {
        private final Object[] items;
        private final int size;
        private final IteratorKind kind;
        private int index;

        public ArrayIterator(Object[] items, int size, IteratorKind kind) {
            this.items = items;
            this.size = size;
            this.kind = kind;
        }

        @Override
        public IteratorKind kind() {
            return kind;
        }

        @Override
        public Object next() {
            return index < size ? items[index++] : null;
        }
    }

    /** Iterates a list live, as CPython does: appends during iteration are seen. */
    public static final class ListIterator extends PyIterator {
        private final PyList list;
        private int index;

        public ListIterator(PyList list) {
            this.list = list;
        }

        @Override
        public IteratorKind kind() {
            return IteratorKind.LIST;
        }

        @Override
        public Object next() {
            return index < list.size() ? list.get(index++) : null;
        }
    }

    public static final class RangeIterator extends PyIterator {
        private long next;
        private final long step;
        private long remaining;

        @Override
        public IteratorKind kind() {
            return IteratorKind.RANGE;
        }

        public RangeIterator(PyRange range) {
            this.next = range.start();
            this.step = range.step();
            this.remaining = range.length();
        }

        @Override
        public Object next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return v;
        }
    }
}
