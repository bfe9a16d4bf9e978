package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.nodes.lib.PyObjectGetItemNode;
import pyt.nodes.lib.PyObjectHashNode;
import pyt.parser.ast.Expr;
import pyt.runtime.IteratorKind;
import pyt.runtime.PyErrors;
import pyt.runtime.PyIterator;
import pyt.runtime.PyNone;
import pyt.runtime.PySingleton;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/** Methods of {@code tuple}. */
@BuiltinClass(name = "tuple")
public final class TupleBuiltins {
    private TupleBuiltins() {
    }

    static PyTuple tuple(Object self, String method) {
        if (self instanceof PyTuple t) {
            return t;
        }
        throw BuiltinHelpers.descriptorError(method, "tuple", self);
    }

    @Builtin(name = "__new__", signature = "(cls, iterable=_, /)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object create(Object cls, Object iterable) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(BuiltinHelpers.types().tuple)) {
                throw PyErrors.typeError(null, "tuple.__new__(X): X is not a subtype of tuple");
            }
            if (t == BuiltinHelpers.types().tuple) {
                return iterable == PyNone.NO_VALUE ? PyTuple.EMPTY : ListBuiltins.toTuple(iterable);
            }
            Object[] items = iterable == PyNone.NO_VALUE ? new Object[0] : pyt.nodes.lib.Iteration.toArray(iterable);
            return pyt.runtime.SubclassableValue.ofClass(new PyTuple(items), t, BuiltinHelpers.types().tuple);
        }
    }

    @Builtin(name = "index", signature = "(self, value, start=_, stop=_, /)")
    @GenerateNodeFactory
    public abstract static class IndexNode extends PytBuiltinNode.Quaternary {
        @Specialization
        static Object index(Object self, Object value, Object start, Object stop) {
            PyTuple t = tuple(self, "index");
            long i = ListBuiltins.indexOf(t.items(), t.size(), value, start, stop);
            if (i < 0) {
                throw PyErrors.valueError(null, "tuple.index(x): x not in tuple");
            }
            return i;
        }
    }

    @Builtin(name = "count", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class CountNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object count(Object self, Object value) {
            PyTuple t = tuple(self, "count");
            return ListBuiltins.count(t.items(), t.size(), value);
        }
    }

    @Builtin(name = "__len__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class LenNode extends PytBuiltinNode.Unary {
        @Specialization
        static long len(Object self) {
            return tuple(self, "__len__").size();
        }
    }

    @Builtin(name = "__getitem__", signature = "(self, index, /)")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object getitem(Object self, Object index) {
            return PyObjectGetItemNode.getBuiltinItem(tuple(self, "__getitem__"), index);
        }
    }

    @Builtin(name = "__contains__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PytBuiltinNode.Binary {
        @Specialization
        static boolean contains(Object self, Object key) {
            PyTuple t = tuple(self, "__contains__");
            return ListBuiltins.contains(t.items(), t.size(), key);
        }
    }

    @Builtin(name = "__iter__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IterNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object iter(Object self) {
            PyTuple t = tuple(self, "__iter__");
            return new PyIterator.ArrayIterator(t.items(), t.size(), IteratorKind.TUPLE);
        }
    }

    @Builtin(name = "__hash__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends PytBuiltinNode.Unary {
        @Specialization
        static long hash(Object self) {
            return PyObjectHashNode.hashTuple(tuple(self, "__hash__"));
        }
    }

    @Builtin(name = "__add__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class AddNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object add(Object self, Object value) {
            PyTuple l = tuple(self, "__add__");
            if (!(value instanceof PyTuple r)) {
                throw PyErrors.typeError(null, "can only concatenate tuple (not \"%s\") to tuple", BuiltinHelpers.typeName(value));
            }
            Object[] items = new Object[l.size() + r.size()];
            System.arraycopy(l.items(), 0, items, 0, l.size());
            System.arraycopy(r.items(), 0, items, l.size(), r.size());
            return PyTuple.of(items);
        }
    }

    @Builtin(name = "__mul__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class MulNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object mul(Object self, Object value) {
            PyTuple t = tuple(self, "__mul__");
            return PyTuple.of(ListBuiltins.repeat(t.items(), t.size(), value));
        }
    }

    @Builtin(name = "__rmul__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class RMulNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object mul(Object self, Object value) {
            PyTuple t = tuple(self, "__rmul__");
            return PyTuple.of(ListBuiltins.repeat(t.items(), t.size(), value));
        }
    }

    @TruffleBoundary
    static Object compare(Object self, Object other, Expr.CmpOpKind op, String method) {
        PyTuple l = tuple(self, method);
        if (!(other instanceof PyTuple r)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        return BuiltinHelpers.compareSequences(op, l.items(), l.size(), r.items(), r.size());
    }

    @Builtin(name = "__eq__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class EqNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object eq(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.EQ, "__eq__");
        }
    }

    @Builtin(name = "__ne__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class NeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ne(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.NOTEQ, "__ne__");
        }
    }

    @Builtin(name = "__lt__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class LtNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object lt(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.LT, "__lt__");
        }
    }

    @Builtin(name = "__le__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class LeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object le(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.LTE, "__le__");
        }
    }

    @Builtin(name = "__gt__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class GtNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object gt(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.GT, "__gt__");
        }
    }

    @Builtin(name = "__ge__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class GeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ge(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.GTE, "__ge__");
        }
    }
}
