package pyt.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.builtins.Builtin;
import pyt.builtins.BuiltinClass;
import pyt.builtins.BuiltinHelpers;
import pyt.builtins.PytBuiltinNode;
import pyt.nodes.expression.BinaryOp;
import pyt.nodes.expression.UnaryOpNode;
import pyt.parser.ast.Expr;
import pyt.runtime.PyErrors;
import pyt.runtime.PySingleton;

/**
 * Arithmetic and ordering of foreign numbers that stay foreign objects (a Java
 * {@code BigInteger}, which also has methods): the number is read through interop and the
 * Python operator applied, so {@code big + 1} and {@code big < 10} work. Plain foreign numbers
 * already became Python ints and floats on entry ({@link InteropValues#toPython}).
 */
@BuiltinClass(name = "polyglot.foreign")
public final class ForeignNumberBuiltins {
    private ForeignNumberBuiltins() {
    }

    @Builtin(name = "__add__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class AddNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return Foreign.arithmetic(BinaryOp.ADD, self, other, false);
        }
    }

    @Builtin(name = "__radd__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RAddNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return Foreign.arithmetic(BinaryOp.ADD, self, other, true);
        }
    }

    @Builtin(name = "__sub__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class SubNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return Foreign.arithmetic(BinaryOp.SUB, self, other, false);
        }
    }

    @Builtin(name = "__rsub__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RSubNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return Foreign.arithmetic(BinaryOp.SUB, self, other, true);
        }
    }

    @Builtin(name = "__mul__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class MulNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return Foreign.arithmetic(BinaryOp.MUL, self, other, false);
        }
    }

    @Builtin(name = "__rmul__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RMulNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return Foreign.arithmetic(BinaryOp.MUL, self, other, true);
        }
    }

    @Builtin(name = "__truediv__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class TruedivNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return Foreign.arithmetic(BinaryOp.TRUEDIV, self, other, false);
        }
    }

    @Builtin(name = "__rtruediv__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RTruedivNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return Foreign.arithmetic(BinaryOp.TRUEDIV, self, other, true);
        }
    }

    @Builtin(name = "__floordiv__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class FloordivNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return Foreign.arithmetic(BinaryOp.FLOORDIV, self, other, false);
        }
    }

    @Builtin(name = "__rfloordiv__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RFloordivNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return Foreign.arithmetic(BinaryOp.FLOORDIV, self, other, true);
        }
    }

    @Builtin(name = "__mod__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class ModNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return Foreign.arithmetic(BinaryOp.MOD, self, other, false);
        }
    }

    @Builtin(name = "__rmod__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RModNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return Foreign.arithmetic(BinaryOp.MOD, self, other, true);
        }
    }

    @Builtin(name = "__pow__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class PowNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return Foreign.arithmetic(BinaryOp.POW, self, other, false);
        }
    }

    @Builtin(name = "__rpow__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RPowNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return Foreign.arithmetic(BinaryOp.POW, self, other, true);
        }
    }

    @Builtin(name = "__lt__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class LtNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return compare(Expr.CmpOpKind.LT, self, other);
        }
    }

    @Builtin(name = "__le__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class LeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return compare(Expr.CmpOpKind.LTE, self, other);
        }
    }

    @Builtin(name = "__gt__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class GtNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return compare(Expr.CmpOpKind.GT, self, other);
        }
    }

    @Builtin(name = "__ge__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class GeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object other) {
            return compare(Expr.CmpOpKind.GTE, self, other);
        }
    }

    @TruffleBoundary
    static Object compare(Expr.CmpOpKind op, Object self, Object other) {
        Object a = Foreign.number(self);
        Object b = InteropValues.isForeign(other) ? Foreign.number(other) : other;
        if (a == PySingleton.NOT_IMPLEMENTED || b == PySingleton.NOT_IMPLEMENTED) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        return BuiltinHelpers.compare(op, a, b);
    }

    /** The foreign number as a Python number, or the TypeError CPython gives for {@code int(obj)}. */
    @TruffleBoundary
    static Object number(Object self, String what) {
        Object n = Foreign.number(self);
        if (n == PySingleton.NOT_IMPLEMENTED) {
            throw PyErrors.typeError(null, "%s argument must be a number, not '%s'", what, ForeignExceptions.typeName(self));
        }
        return n;
    }

    @Builtin(name = "__neg__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class NegateNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object neg(Object self) {
            return UnaryOpNode.getUncached(Expr.UnaryOpKind.USUB).execute(number(self, "unary -"));
        }
    }

    @Builtin(name = "__int__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IntNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object toInt(Object self) {
            Object n = number(self, "int()");
            return n instanceof Double d ? (Object) (long) (double) d : n;
        }
    }

    @Builtin(name = "__index__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IndexNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object index(Object self) {
            Object n = number(self, "index");
            if (n instanceof Double) {
                throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", ForeignExceptions.typeName(self));
            }
            return n;
        }
    }

    @Builtin(name = "__float__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class FloatNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object toFloat(Object self) {
            Object n = number(self, "float()");
            return n instanceof Double ? n : (Object) ((Number) n).doubleValue();
        }
    }
}
