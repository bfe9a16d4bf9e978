package pyt.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.nodes.lib.PyIterNextNode;
import pyt.nodes.lib.PyObjectGetItemNode;
import pyt.nodes.lib.PyObjectGetIterNode;
import pyt.nodes.lib.PyObjectReprNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyIterator;
import pyt.runtime.PyRange;
import pyt.runtime.PySingleton;
import pyt.runtime.PyTuple;

/** {@code range}: construction, membership, search and its {@code start}/{@code stop}/{@code step}. */
@BuiltinClass(name = "range")
public final class RangeBuiltins {
    private RangeBuiltins() {
    }

    static PyRange range(Object self, String method) {
        if (self instanceof PyRange r) {
            return r;
        }
        throw BuiltinHelpers.descriptorError(method, "range", self);
    }

    private static long bound(Object v) {
        Object i = BuiltinHelpers.index(v);
        if (i instanceof BigInteger) {
            throw PyErrors.raise(null, PyErr.OverflowError, "Python int too large to convert to C ssize_t");
        }
        return (Long) i;
    }

    @Builtin(name = "__new__", signature = "(cls, *args)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object create(Object cls, Object args) {
            if (cls != BuiltinHelpers.types().range) {
                throw PyErrors.typeError(null, "range.__new__(X): X is not range");
            }
            Object[] a = ((PyTuple) args).items();
            switch (a.length) {
                case 0:
                    throw PyErrors.typeError(null, "range expected at least 1 argument, got 0");
                case 1:
                    return new PyRange(0, bound(a[0]), 1);
                case 2:
                    return new PyRange(bound(a[0]), bound(a[1]), 1);
                case 3:
                    long start = bound(a[0]);
                    long stop = bound(a[1]);
                    long step = bound(a[2]);
                    if (step == 0) {
                        throw PyErrors.valueError(null, "range() arg 3 must not be zero");
                    }
                    return new PyRange(start, stop, step);
                default:
                    throw PyErrors.typeError(null, "range expected at most 3 arguments, got %d", a.length);
            }
        }
    }

    @Builtin(name = "__getattr__", signature = "(self, name, /)")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object getattr(Object self, Object name) {
            PyRange r = range(self, "__getattr__");
            String n = BuiltinHelpers.str(name, "attribute name");
            return switch (n) {
                case "start" -> r.start();
                case "stop" -> r.stop();
                case "step" -> r.step();
                default -> throw PyErrors.raise(null, PyErr.AttributeError, "'range' object has no attribute '%s'", n);
            };
        }
    }

    @Builtin(name = "__len__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class LenNode extends PytBuiltinNode.Unary {
        @Specialization
        static long len(Object self) {
            return range(self, "__len__").length();
        }
    }

    @Builtin(name = "__bool__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class BoolNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean bool(Object self) {
            return range(self, "__bool__").length() != 0;
        }
    }

    /** The position of {@code value} in the range, or -1. */
    @TruffleBoundary
    static long find(PyRange r, Object value) {
        if (value instanceof Long || value instanceof Boolean) {
            long v = value instanceof Long l ? l : ((Boolean) value ? 1 : 0);
            long n = r.length();
            if (n == 0) {
                return -1;
            }
            long offset = v - r.start();
            if (offset % r.step() != 0) {
                return -1;
            }
            long i = offset / r.step();
            return i >= 0 && i < n ? i : -1;
        } else if (value instanceof BigInteger) {
            return -1;
        }
        Object it = new PyIterator.RangeIterator(r);
        Object x;
        long i = 0;
        while ((x = PyIterNextNode.next(it)) != null) {
            if (BuiltinHelpers.itemEquals(x, value)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    @Builtin(name = "__contains__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PytBuiltinNode.Binary {
        @Specialization
        static boolean contains(Object self, Object key) {
            return find(range(self, "__contains__"), key) >= 0;
        }
    }

    @Builtin(name = "index", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class IndexNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object index(Object self, Object value) {
            long i = find(range(self, "index"), value);
            if (i < 0) {
                throw PyErrors.valueError(null, "%s is not in range", PyObjectReprNode.reprUncached(value));
            }
            return i;
        }
    }

    @Builtin(name = "count", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class CountNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object count(Object self, Object value) {
            PyRange r = range(self, "count");
            if (value instanceof Long || value instanceof Boolean || value instanceof BigInteger) {
                return find(r, value) >= 0 ? 1L : 0L;
            }
            return ListBuiltins.count(pyt.nodes.lib.Iteration.toArray(r), (int) r.length(), value);
        }
    }

    @Builtin(name = "__getitem__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object getitem(Object self, Object key) {
            return PyObjectGetItemNode.getItemUncached(range(self, "__getitem__"), key);
        }
    }

    @Builtin(name = "__iter__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IterNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object iter(Object self) {
            return PyObjectGetIterNode.getIterUncached(range(self, "__iter__"));
        }
    }

    @Builtin(name = "__reversed__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReversedNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object reversed(Object self) {
            return BuiltinIterationFunctions.reversedOf(range(self, "__reversed__"));
        }
    }

    static boolean equal(PyRange a, PyRange b) {
        long n = a.length();
        if (n != b.length()) {
            return false;
        }
        return n == 0 || a.start() == b.start() && (n == 1 || a.step() == b.step());
    }

    @Builtin(name = "__eq__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class EqNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object eq(Object self, Object other) {
            PyRange r = range(self, "__eq__");
            return other instanceof PyRange o ? (Object) equal(r, o) : PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ne__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class NeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ne(Object self, Object other) {
            PyRange r = range(self, "__ne__");
            return other instanceof PyRange o ? (Object) !equal(r, o) : PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__hash__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends PytBuiltinNode.Unary {
        @Specialization
        static long hash(Object self) {
            PyRange r = range(self, "__hash__");
            long n = r.length();
            Object start = n == 0 ? pyt.runtime.PyNone.NONE : r.start();
            Object step = n <= 1 ? pyt.runtime.PyNone.NONE : r.step();
            return pyt.nodes.lib.PyObjectHashNode.hashTuple(PyTuple.of(n, start, step));
        }
    }
}
