package pyt.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.builtins.Builtin;
import pyt.builtins.BuiltinModule;
import pyt.builtins.PytBuiltinNode;
import pyt.nodes.lib.Iteration;
import pyt.nodes.lib.PyObjectReprNode;
import pyt.runtime.IteratorKind;
import pyt.runtime.PyIterator;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;

/** The methods of {@code struct_time}: a read-only 9-sequence. */
@BuiltinModule(name = TimeFormatting.STRUCT_TIME_GROUP)
public final class StructTimeMethods {
    private StructTimeMethods() {
    }

    @Builtin(name = "__getitem__", signature = "(self, index, /)")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object getitem(Object self, Object index) {
            Object[] items = values(self);
            return pyt.nodes.lib.PyObjectGetItemNode.getItemUncached(PyTuple.of(items), index);
        }
    }

    @Builtin(name = "__len__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class LenNode extends PytBuiltinNode.Unary {
        @Specialization
        static long len(@SuppressWarnings("unused") Object self) {
            return 9;
        }
    }

    @Builtin(name = "__iter__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IterNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object iter(Object self) {
            Object[] items = values(self);
            return new PyIterator.ArrayIterator(items, items.length, IteratorKind.TUPLE);
        }
    }

    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            Object[] items = values(self);
            StringBuilder sb = new StringBuilder("time.struct_time(");
            for (int i = 0; i < TimeFormatting.FIELDS.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(TimeFormatting.FIELDS[i]).append('=').append(PyObjectReprNode.reprUncached(items[i]));
            }
            return PyStrings.of(sb.append(')').toString());
        }
    }

    @Builtin(name = "__eq__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class EqNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object eq(Object self, Object other) {
            Object[] a = values(self);
            Object[] b = other instanceof PyTuple t ? t.items() : Iteration.toArray(other);
            return java.util.Arrays.equals(a, b);
        }
    }

    @TruffleBoundary
    static Object[] values(Object self) {
        long[] v = TimeFormatting.fields(self);
        Object[] items = new Object[v.length];
        for (int i = 0; i < v.length; i++) {
            items[i] = v[i];
        }
        return items;
    }
}
