package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.parser.ast.Expr;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PySingleton;
import pyt.runtime.PySlice;
import pyt.runtime.PyTuple;

/** {@code slice}: construction, {@code indices} and its {@code start}/{@code stop}/{@code step}. */
@BuiltinClass(name = "slice")
public final class SliceBuiltins {
    private SliceBuiltins() {
    }

    static PySlice slice(Object self, String method) {
        if (self instanceof PySlice s) {
            return s;
        }
        throw BuiltinHelpers.descriptorError(method, "slice", self);
    }

    @Builtin(name = "__new__", signature = "(cls, *args)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object create(Object cls, Object args) {
            if (cls != BuiltinHelpers.types().slice) {
                throw PyErrors.typeError(null, "slice.__new__(X): X is not slice");
            }
            Object[] a = ((PyTuple) args).items();
            return switch (a.length) {
                case 0 -> throw PyErrors.typeError(null, "slice expected at least 1 argument, got 0");
                case 1 -> new PySlice(PyNone.NONE, a[0], PyNone.NONE);
                case 2 -> new PySlice(a[0], a[1], PyNone.NONE);
                case 3 -> new PySlice(a[0], a[1], a[2]);
                default -> throw PyErrors.typeError(null, "slice expected at most 3 arguments, got %d", a.length);
            };
        }
    }

    @Builtin(name = "__getattr__", signature = "(self, name, /)")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object getattr(Object self, Object name) {
            PySlice s = slice(self, "__getattr__");
            String n = BuiltinHelpers.str(name, "attribute name");
            return switch (n) {
                case "start" -> s.start();
                case "stop" -> s.stop();
                case "step" -> s.step();
                default -> throw PyErrors.raise(null, PyErr.AttributeError, "'slice' object has no attribute '%s'", n);
            };
        }
    }

    @Builtin(name = "indices", signature = "(self, length, /)")
    @GenerateNodeFactory
    public abstract static class IndicesNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object indices(Object self, Object length) {
            PySlice s = slice(self, "indices");
            long n = BuiltinHelpers.asSize(length);
            if (n < 0) {
                throw PyErrors.valueError(null, "length should not be negative");
            }
            PySlice.Indices ind = s.indices(n);
            return PyTuple.of(ind.start(), ind.stop(), ind.step());
        }
    }

    @TruffleBoundary
    static Object compare(Object self, Object other, Expr.CmpOpKind op) {
        PySlice s = slice(self, "__eq__");
        if (!(other instanceof PySlice o)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        Object[] a = {s.start(), s.stop(), s.step()};
        Object[] b = {o.start(), o.stop(), o.step()};
        return BuiltinHelpers.compareSequences(op, a, 3, b, 3);
    }

    @Builtin(name = "__eq__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class EqNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object eq(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.EQ);
        }
    }

    @Builtin(name = "__ne__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class NeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ne(Object self, Object other) {
            return compare(self, other, Expr.CmpOpKind.NOTEQ);
        }
    }

    @Builtin(name = "__hash__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object hash(Object self) {
            slice(self, "__hash__");
            throw PyErrors.typeError(null, "unhashable type: 'slice'");
        }
    }
}
