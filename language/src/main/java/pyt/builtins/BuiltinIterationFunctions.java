package pyt.builtins;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.expression.BinaryOp;
import pyt.nodes.expression.BinaryOpNode;
import pyt.nodes.generator.GeneratorResumeNode;
import pyt.nodes.lib.Iteration;
import pyt.nodes.lib.PyIterNextNode;
import pyt.nodes.lib.PyObjectGetIterNode;
import pyt.parser.ast.Expr;
import pyt.runtime.IteratorKind;
import pyt.runtime.PyBytes;
import pyt.runtime.PyDict;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyGenerator;
import pyt.runtime.PyIterator;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.runtime.PyRange;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.numbers.IntOps;

/** Builtins that consume or wrap iterables: min, max, sum, sorted, any, all, iter, next, and the lazy ones. */
@BuiltinModule(name = "builtins")
public final class BuiltinIterationFunctions {
    private BuiltinIterationFunctions() {
    }

    @Builtin(name = "min", signature = "(*args, key=None, default=_)")
    @GenerateNodeFactory
    public abstract static class MinNode extends PytBuiltinNode.Ternary {

        static boolean isTwoLongs(PyTuple args) {
            return BuiltinIterationFunctions.isTwoLongs(args);
        }

        @Specialization(guards = {"isTwoLongs(args)", "key == NONE", "dflt == NO_VALUE"})
        static long minLongs(PyTuple args, @SuppressWarnings("unused") Object key, @SuppressWarnings("unused") Object dflt) {
            long a = (Long) args.get(0);
            long b = (Long) args.get(1);
            return b < a ? b : a;
        }

        @Specialization(replaces = "minLongs")
        static Object min(Object args, Object key, Object dflt) {
            return minMax((PyTuple) args, key, dflt, "min", Expr.CmpOpKind.LT);
        }
    }

    @Builtin(name = "max", signature = "(*args, key=None, default=_)")
    @GenerateNodeFactory
    public abstract static class MaxNode extends PytBuiltinNode.Ternary {

        static boolean isTwoLongs(PyTuple args) {
            return BuiltinIterationFunctions.isTwoLongs(args);
        }

        @Specialization(guards = {"isTwoLongs(args)", "key == NONE", "dflt == NO_VALUE"})
        static long maxLongs(PyTuple args, @SuppressWarnings("unused") Object key, @SuppressWarnings("unused") Object dflt) {
            long a = (Long) args.get(0);
            long b = (Long) args.get(1);
            return b > a ? b : a;
        }

        @Specialization(replaces = "maxLongs")
        static Object max(Object args, Object key, Object dflt) {
            return minMax((PyTuple) args, key, dflt, "max", Expr.CmpOpKind.GT);
        }
    }

    static boolean isTwoLongs(PyTuple args) {
        return args.size() == 2 && args.get(0) instanceof Long && args.get(1) instanceof Long;
    }

    @TruffleBoundary
    static Object minMax(PyTuple args, Object key, Object dflt, String name, Expr.CmpOpKind op) {
        Object iterator;
        if (args.size() == 0) {
            throw PyErrors.typeError(null, "%s expected at least 1 argument, got 0", name);
        } else if (args.size() == 1) {
            iterator = PyObjectGetIterNode.getIterUncached(args.get(0));
        } else {
            if (dflt != PyNone.NO_VALUE) {
                throw PyErrors.typeError(null, "Cannot specify a default for %s() with multiple positional arguments", name);
            }
            iterator = new PyIterator.ArrayIterator(args.items(), args.size(), IteratorKind.TUPLE);
        }
        Object best = null;
        Object bestKey = null;
        Object item;
        boolean hasKey = key != PyNone.NONE;
        while ((item = PyIterNextNode.next(iterator)) != null) {
            Object k = hasKey ? CallDispatchNode.callUncached(key, item) : item;
            if (best == null) {
                best = item;
                bestKey = k;
            } else if (BuiltinHelpers.compare(op, k, bestKey)) {
                best = item;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != PyNone.NO_VALUE) {
                return dflt;
            }
            throw PyErrors.valueError(null, "%s() arg is an empty sequence", name);
        }
        return best;
    }

    @Builtin(name = "sum", signature = "(iterable, /, start=0)")
    @GenerateNodeFactory
    public abstract static class SumNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object sum(Object iterable, Object start) {
            return doSum(iterable, start);
        }

        @TruffleBoundary
        private static Object doSum(Object iterable, Object start) {
            if (start instanceof TruffleString) {
                throw PyErrors.typeError(null, "sum() can't sum strings [use ''.join(seq) instead]");
            } else if (start instanceof PyBytes) {
                throw PyErrors.typeError(null, "sum() can't sum bytes [use b''.join(seq) instead]");
            }
            Object it = PyObjectGetIterNode.getIterUncached(iterable);
            Object acc = start instanceof Boolean b ? (Object) (b ? 1L : 0L) : start;
            Object item;
            while ((item = PyIterNextNode.next(it)) != null) {
                if (acc instanceof Long a && item instanceof Long b) {
                    long r = a + b;
                    acc = ((a ^ r) & (b ^ r)) < 0 ? IntOps.add(a, b) : (Object) r;
                } else if (acc instanceof Double a && item instanceof Double b) {
                    acc = a + b;
                } else if (acc instanceof Double a && (item instanceof Long || item instanceof Boolean)) {
                    acc = a + (item instanceof Long l ? (double) l : ((Boolean) item ? 1.0 : 0.0));
                } else if ((acc instanceof Long || acc instanceof BigInteger) && (item instanceof Long || item instanceof BigInteger || item instanceof Boolean)) {
                    acc = IntOps.add(acc, item instanceof Boolean b ? (Object) (b ? 1L : 0L) : item);
                } else {
                    acc = BinaryOpNode.getUncached(BinaryOp.ADD).execute(acc, item);
                }
            }
            return acc;
        }
    }

    @Builtin(name = "sorted", signature = "(iterable, /, *, key=None, reverse=False)")
    @GenerateNodeFactory
    public abstract static class SortedNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object sorted(Object iterable, Object key, Object reverse) {
            Object[] items = Iteration.toArray(iterable);
            sortArray(items, items.length, key, BuiltinHelpers.isTrue(reverse));
            return new PyList(items);
        }
    }

    /** Sorts a Java list in place like {@code list.sort}. */
    @TruffleBoundary
    static void sortInPlace(List<Object> list, Object key, boolean reverse, @SuppressWarnings("unused") Object unused) {
        Object[] items = list.toArray();
        sortArray(items, items.length, key == null ? PyNone.NONE : key, reverse);
        for (int i = 0; i < items.length; i++) {
            list.set(i, items[i]);
        }
    }

    /**
     * {@code list.sort(key=key, reverse=reverse)} on the first {@code n} items: stable, using
     * only {@code <}, and for {@code reverse} keeping equal items in their original order as
     * CPython does (reverse, sort, reverse).
     */
    @TruffleBoundary
    public static void sortArray(Object[] items, int n, Object key, boolean reverse) {
        if (n < 2) {
            return;
        }
        if (reverse) {
            reverse(items, n);
        }
        if (key == PyNone.NONE || key == PyNone.NO_VALUE) {
            if (!sortHomogeneous(items, n)) {
                mergeSort(items, null, n);
            }
        } else {
            Object[] keys = new Object[n];
            for (int i = 0; i < n; i++) {
                keys[i] = CallDispatchNode.callUncached(key, items[i]);
            }
            mergeSort(keys, items, n);
        }
        if (reverse) {
            reverse(items, n);
        }
    }

    private static void reverse(Object[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** All ints that fit a long, all floats without NaN, or all strs: a Java sort gives the same order. */
    private static boolean sortHomogeneous(Object[] items, int n) {
        Object first = items[0];
        if (first instanceof Long) {
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                if (!(items[i] instanceof Long l)) {
                    return false;
                }
                values[i] = l;
            }
            Arrays.sort(values);
            for (int i = 0; i < n; i++) {
                items[i] = values[i];
            }
            return true;
        } else if (first instanceof Double) {
            for (int i = 0; i < n; i++) {
                if (!(items[i] instanceof Double d) || Double.isNaN(d)) {
                    return false;
                }
            }
            Arrays.sort(items, 0, n, (x, y) -> {
                double a = (Double) x;
                double b = (Double) y;
                return a < b ? -1 : a > b ? 1 : 0;
            });
            return true;
        } else if (first instanceof TruffleString) {
            for (int i = 0; i < n; i++) {
                if (!(items[i] instanceof TruffleString)) {
                    return false;
                }
            }
            Arrays.sort(items, 0, n, (x, y) -> ((TruffleString) x).compareIntsUTF32Uncached((TruffleString) y));
            return true;
        }
        return false;
    }

    private static final int RUN = 16;

    /**
     * A stable merge sort of {@code keys} (and {@code values} alongside, if not null) that only
     * asks {@code b < a}, so any Python {@code __lt__} works, even an inconsistent one.
     */
    private static void mergeSort(Object[] keys, Object[] values, int n) {
        for (int lo = 0; lo < n; lo += RUN) {
            int hi = Math.min(lo + RUN, n);
            for (int i = lo + 1; i < hi; i++) {
                Object k = keys[i];
                Object v = values == null ? null : values[i];
                int j = i;
                while (j > lo && BuiltinHelpers.less(k, keys[j - 1])) {
                    keys[j] = keys[j - 1];
                    if (values != null) {
                        values[j] = values[j - 1];
                    }
                    j--;
                }
                keys[j] = k;
                if (values != null) {
                    values[j] = v;
                }
            }
        }
        Object[] tk = new Object[n];
        Object[] tv = values == null ? null : new Object[n];
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                if (!BuiltinHelpers.less(keys[mid], keys[mid - 1])) {
                    continue;
                }
                System.arraycopy(keys, lo, tk, lo, hi - lo);
                if (values != null) {
                    System.arraycopy(values, lo, tv, lo, hi - lo);
                }
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    if (BuiltinHelpers.less(tk[j], tk[i])) {
                        keys[k] = tk[j];
                        if (values != null) {
                            values[k] = tv[j];
                        }
                        j++;
                    } else {
                        keys[k] = tk[i];
                        if (values != null) {
                            values[k] = tv[i];
                        }
                        i++;
                    }
                    k++;
                }
                while (i < mid) {
                    keys[k] = tk[i];
                    if (values != null) {
                        values[k] = tv[i];
                    }
                    i++;
                    k++;
                }
                while (j < hi) {
                    keys[k] = tk[j];
                    if (values != null) {
                        values[k] = tv[j];
                    }
                    j++;
                    k++;
                }
            }
        }
    }

    @Builtin(name = "any", signature = "(iterable, /)")
    @GenerateNodeFactory
    public abstract static class AnyNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static boolean any(Object iterable) {
            Object it = PyObjectGetIterNode.getIterUncached(iterable);
            Object v;
            while ((v = PyIterNextNode.next(it)) != null) {
                if (BuiltinHelpers.isTrue(v)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "all", signature = "(iterable, /)")
    @GenerateNodeFactory
    public abstract static class AllNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static boolean all(Object iterable) {
            Object it = PyObjectGetIterNode.getIterUncached(iterable);
            Object v;
            while ((v = PyIterNextNode.next(it)) != null) {
                if (!BuiltinHelpers.isTrue(v)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "enumerate", signature = "(iterable, start=0)")
    @GenerateNodeFactory
    public abstract static class EnumerateNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object enumerate(Object iterable, Object start) {
            Object s = BuiltinHelpers.index(start);
            return new BuiltinIterators.Enumerate(PyObjectGetIterNode.getIterUncached(iterable), s);
        }
    }

    @Builtin(name = "zip", signature = "(*iterables, strict=False)")
    @GenerateNodeFactory
    public abstract static class ZipNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object zip(Object iterables, Object strict) {
            Object[] items = ((PyTuple) iterables).items();
            Object[] iterators = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                iterators[i] = PyObjectGetIterNode.getIterUncached(items[i]);
            }
            return new BuiltinIterators.Zip(iterators, BuiltinHelpers.isTrue(strict));
        }
    }

    @Builtin(name = "map", signature = "(function, *iterables)")
    @GenerateNodeFactory
    public abstract static class MapNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object map(Object function, Object iterables) {
            Object[] items = ((PyTuple) iterables).items();
            if (items.length == 0) {
                throw PyErrors.typeError(null, "map() must have at least two arguments.");
            }
            Object[] iterators = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                iterators[i] = PyObjectGetIterNode.getIterUncached(items[i]);
            }
            return new BuiltinIterators.Map(function, iterators);
        }
    }

    @Builtin(name = "filter", signature = "(function, iterable, /)")
    @GenerateNodeFactory
    public abstract static class FilterNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object filter(Object function, Object iterable) {
            return new BuiltinIterators.Filter(function, PyObjectGetIterNode.getIterUncached(iterable));
        }
    }

    @Builtin(name = "reversed", signature = "(sequence, /)")
    @GenerateNodeFactory
    public abstract static class ReversedNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object reversed(Object seq) {
            return reversedOf(seq);
        }
    }

    @TruffleBoundary
    static Object reversedOf(Object seq) {
        if (seq instanceof PyList l) {
            return new BuiltinIterators.ReversedList(l);
        } else if (seq instanceof PyTuple t) {
            Object[] items = t.items().clone();
            reverse(items, items.length);
            return new PyIterator.ArrayIterator(items, items.length, IteratorKind.REVERSED);
        } else if (seq instanceof PyRange r) {
            long n = r.length();
            long last = r.start() + (n - 1) * r.step();
            return new PyIterator.RangeIterator(new PyRange(n == 0 ? r.start() : last, n == 0 ? r.start() : last - n * r.step(), -r.step()));
        } else if (seq instanceof PyDict d) {
            Object[] keys = d.keys();
            reverse(keys, keys.length);
            return new PyIterator.ArrayIterator(keys, keys.length, IteratorKind.DICT_REVERSE_KEYS);
        }
        PyType type = BuiltinHelpers.types().typeOf(seq);
        Object rev = type.lookup("__reversed__");
        if (rev == PyNone.NONE) {
            throw PyErrors.typeError(null, "'%s' object is not reversible", type.getName());
        }
        if (rev != null) {
            return CallDispatchNode.callUncached(rev, seq);
        }
        if (seq instanceof TruffleString || type.lookup("__getitem__") != null && type.lookup("__len__") != null
                        && !(seq instanceof PyDict)) {
            return new BuiltinIterators.ReversedSequence(seq, BuiltinFunctions.length(seq));
        }
        throw PyErrors.typeError(null, "'%s' object is not reversible", type.getName());
    }

    @Builtin(name = "iter", signature = "(object, sentinel=_, /)")
    @GenerateNodeFactory
    public abstract static class IterNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object iter(Object obj, Object sentinel) {
            if (sentinel == PyNone.NO_VALUE) {
                return PyObjectGetIterNode.getIterUncached(obj);
            }
            if (!BuiltinHelpers.isCallable(obj)) {
                throw PyErrors.typeError(null, "iter(v, w): v must be callable");
            }
            return new BuiltinIterators.Callable(obj, sentinel);
        }
    }

    @Builtin(name = "next", signature = "(iterator, default=_, /)")
    @GenerateNodeFactory
    public abstract static class NextNode extends PytBuiltinNode.Binary {
        /** Resumed like a for loop resumes it; exhausted, StopIteration carries the return value. */
        @Specialization
        static Object generator(PyGenerator iterator, Object dflt, @Cached GeneratorResumeNode resume) {
            Object step = resume.execute(iterator, PyNone.NONE, null);
            if (step instanceof PyGenerator.Finished && dflt != PyNone.NO_VALUE) {
                return dflt;
            }
            return GeneratorBuiltins.yielded(step);
        }

        @Specialization(guards = "!isGenerator(iterator)")
        @TruffleBoundary
        static Object next(Object iterator, Object dflt) {
            if (!(iterator instanceof PyIterator)) {
                PyType type = BuiltinHelpers.types().typeOf(iterator);
                Object nextMethod = type.lookup("__next__");
                if (nextMethod == null) {
                    throw PyErrors.typeError(null, "'%s' object is not an iterator", type.getName());
                }
                if (dflt == PyNone.NO_VALUE) {
                    return CallDispatchNode.callUncached(nextMethod, iterator);
                }
            }
            Object v = PyIterNextNode.next(iterator);
            if (v == null) {
                if (dflt != PyNone.NO_VALUE) {
                    return dflt;
                }
                throw PyErrors.raise(null, PyErr.StopIteration, null);
            }
            return v;
        }

        static boolean isGenerator(Object o) {
            return o instanceof PyGenerator;
        }
    }
}
