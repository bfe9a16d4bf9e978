package pyt.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.lib.PyIterNextNode;
import pyt.nodes.lib.PyObjectGetItemNode;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.IteratorKind;
import pyt.runtime.PyIterator;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.runtime.PyTuple;
import pyt.runtime.numbers.IntOps;

/**
 * The lazy iterators made by {@code enumerate}, {@code zip}, {@code map}, {@code filter},
 * {@code reversed} and the two-argument {@code iter}. Each is of its CPython class
 * ({@link IteratorKind}).
 */
public final class BuiltinIterators {
    private BuiltinIterators() {
    }

    public static final class Enumerate extends PyIterator {
        private final Object iterator;
        private long count;
        private Object bigCount;

        Enumerate(Object iterator, Object start) {
            this.iterator = iterator;
            if (start instanceof Long l) {
                this.count = l;
            } else {
                this.bigCount = start;
            }
        }

        @Override
        public IteratorKind kind() {
            return IteratorKind.ENUMERATE;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            return next(PyIterNextNode.getUncached());
        }

        /** The next {@code (index, item)}, taking the item through {@code nextNode}. */
        public Object next(PyIterNextNode nextNode) {
            Object item = nextNode.execute(iterator);
            if (item == null) {
                return null;
            }
            Object index;
            if (bigCount == null && count != Long.MAX_VALUE) {
                index = count++;
            } else {
                index = nextBigIndex();
            }
            return PyTuple.of(index, item);
        }

        @TruffleBoundary
        private Object nextBigIndex() {
            Object index = bigCount == null ? (Object) count : bigCount;
            bigCount = IntOps.add(bigCount == null ? BigInteger.valueOf(count) : bigCount, 1L);
            return index;
        }
    }

    public static final class Zip extends PyIterator {
        private final Object[] iterators;
        private final boolean strict;
        private boolean done;

        Zip(Object[] iterators, boolean strict) {
            this.iterators = iterators;
            this.strict = strict;
        }

        @Override
        public IteratorKind kind() {
            return IteratorKind.ZIP;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            return next(PyIterNextNode.getUncached());
        }

        /** The next tuple, taking each item through {@code nextNode}. */
        public Object next(PyIterNextNode nextNode) {
            if (done || iterators.length == 0) {
                return null;
            }
            Object[] items = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                Object v = nextNode.execute(iterators[i]);
                if (v == null) {
                    done = true;
                    if (strict) {
                        checkStrict(i);
                    }
                    return null;
                }
                items[i] = v;
            }
            return PyTuple.of(items);
        }

        @TruffleBoundary
        private void checkStrict(int exhausted) {
            if (exhausted > 0) {
                String which = exhausted == 1 ? "argument 1" : "arguments 1-" + exhausted;
                throw PyErrors.valueError(null, "zip() argument %d is shorter than %s", exhausted + 1, which);
            }
            for (int i = 1; i < iterators.length; i++) {
                if (PyIterNextNode.next(iterators[i]) != null) {
                    String which = i == 1 ? "argument 1" : "arguments 1-" + i;
                    throw PyErrors.valueError(null, "zip() argument %d is longer than %s", i + 1, which);
                }
            }
        }
    }

    public static final class Map extends PyIterator {
        private final Object function;
        private final Object[] iterators;

        Map(Object function, Object[] iterators) {
            this.function = function;
            this.iterators = iterators;
        }

        @Override
        public IteratorKind kind() {
            return IteratorKind.MAP;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            Object[] args = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                Object v = PyIterNextNode.next(iterators[i]);
                if (v == null) {
                    return null;
                }
                args[i] = v;
            }
            return CallDispatchNode.callUncached(function, args);
        }
    }

    public static final class Filter extends PyIterator {
        private final Object function;
        private final Object iterator;

        Filter(Object function, Object iterator) {
            this.function = function;
            this.iterator = iterator;
        }

        @Override
        public IteratorKind kind() {
            return IteratorKind.FILTER;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            Object v;
            while ((v = PyIterNextNode.next(iterator)) != null) {
                Object test = function == PyNone.NONE ? v : CallDispatchNode.callUncached(function, v);
                if (BuiltinHelpers.isTrue(test)) {
                    return v;
                }
            }
            return null;
        }
    }

    /** {@code reversed(list)}: walks the live list backwards, stopping if it shrinks below the index. */
    public static final class ReversedList extends PyIterator {
        private final PyList list;
        private int index;

        ReversedList(PyList list) {
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public IteratorKind kind() {
            return IteratorKind.LIST_REVERSE;
        }

        @Override
        public Object next() {
            if (index >= 0 && index < list.size()) {
                return list.get(index--);
            }
            index = -1;
            return null;
        }
    }

    /** {@code reversed(seq)} for sequences with {@code __len__} and {@code __getitem__}. */
    public static final class ReversedSequence extends PyIterator {
        private final Object sequence;
        private long index;

        ReversedSequence(Object sequence, long length) {
            this.sequence = sequence;
            this.index = length - 1;
        }

        @Override
        public IteratorKind kind() {
            return IteratorKind.REVERSED;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (index < 0) {
                return null;
            }
            try {
                return PyObjectGetItemNode.getItemUncached(sequence, index--);
            } catch (PyException e) {
                if (e.getPyType().isSubtypeOf(BuiltinHelpers.types().IndexError)
                                || e.getPyType().isSubtypeOf(BuiltinHelpers.types().StopIteration)) {
                    index = -1;
                    return null;
                }
                throw e;
            }
        }
    }

    /** {@code iter(callable, sentinel)}. */
    public static final class Callable extends PyIterator {
        private Object callable;
        private final Object sentinel;

        Callable(Object callable, Object sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public IteratorKind kind() {
            return IteratorKind.CALLABLE;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (callable == null) {
                return null;
            }
            Object v;
            try {
                v = CallDispatchNode.callUncached(callable);
            } catch (PyException e) {
                if (e.getPyType().isSubtypeOf(BuiltinHelpers.types().StopIteration)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (BuiltinHelpers.itemEquals(v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }
    }
}
