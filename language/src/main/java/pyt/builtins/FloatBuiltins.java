package pyt.builtins;

import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.TypeSystemReference;

import pyt.nodes.PytTypes;
import pyt.nodes.expression.Arithmetic;
import pyt.nodes.expression.CompareOp;
import pyt.nodes.expression.Comparisons;
import pyt.nodes.expression.OperatorErrors;
import pyt.nodes.lib.PyObjectHashNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyNone;
import pyt.runtime.numbers.FloatOps;
import pyt.runtime.numbers.NumericError;

/**
 * The special methods of {@code float}: arithmetic and comparisons with a float or an int (bool)
 * as the other operand, and conversions. The semantics are the operator nodes'
 * ({@link Arithmetic}); {@code float.__new__} is in {@link FloatConstructor}.
 */
@BuiltinClass(name = "float")
public final class FloatBuiltins {
    private FloatBuiltins() {
    }

    @GenerateCached(false)
    @TypeSystemReference(PytTypes.class)
    abstract static class FloatBinaryNode extends NumberBuiltinNodes.BinaryNumberNode {
        @Override
        final String owner() {
            return "float";
        }

        @Override
        final boolean acceptsSelf(Object self) {
            return self instanceof Double;
        }

        @Override
        final boolean acceptsOther(Object other) {
            return Arithmetic.isNumber(other);
        }
    }

    @GenerateCached(false)
    @TypeSystemReference(PytTypes.class)
    abstract static class FloatUnaryNode extends NumberBuiltinNodes.UnaryNumberNode {
        @Override
        final String owner() {
            return "float";
        }

        @Override
        final boolean acceptsSelf(Object self) {
            return self instanceof Double;
        }
    }

    @GenerateCached(false)
    @TypeSystemReference(PytTypes.class)
    abstract static class FloatPowNode extends NumberBuiltinNodes.PowNumberNode {
        @Override
        final String owner() {
            return "float";
        }

        @Override
        final boolean acceptsSelf(Object self) {
            return self instanceof Double;
        }

        @Override
        final boolean acceptsOther(Object other) {
            return Arithmetic.isNumber(other);
        }

        @Override
        final boolean acceptsMod(Object mod) {
            return true;
        }

        Object checkedPow(Object a, Object b, Object mod) {
            if (mod != PyNone.NONE) {
                throw OperatorErrors.raiseMessage(this, PyErr.TypeError,
                                "pow() 3rd argument not allowed unless all arguments are integers");
            }
            return Arithmetic.pow(this, a, b);
        }
    }

    @Builtin(name = "__add__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class AddNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.add(this, a, b);
        }
    }

    @Builtin(name = "__radd__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RAddNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.add(this, b, a);
        }
    }

    @Builtin(name = "__sub__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class SubNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.sub(this, a, b);
        }
    }

    @Builtin(name = "__rsub__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RSubNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.sub(this, b, a);
        }
    }

    @Builtin(name = "__mul__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class MulNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.mul(this, a, b);
        }
    }

    @Builtin(name = "__rmul__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RMulNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.mul(this, b, a);
        }
    }

    @Builtin(name = "__truediv__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class TrueDivNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.trueDiv(this, a, b);
        }
    }

    @Builtin(name = "__rtruediv__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RTrueDivNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.trueDiv(this, b, a);
        }
    }

    @Builtin(name = "__floordiv__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class FloorDivNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.floorDiv(this, a, b);
        }
    }

    @Builtin(name = "__rfloordiv__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RFloorDivNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.floorDiv(this, b, a);
        }
    }

    @Builtin(name = "__mod__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class ModNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.mod(this, a, b);
        }
    }

    @Builtin(name = "__rmod__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RModNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.mod(this, b, a);
        }
    }

    @Builtin(name = "__divmod__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class DivModNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.divmod(this, a, b);
        }
    }

    @Builtin(name = "__rdivmod__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RDivModNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.divmod(this, b, a);
        }
    }

    @Builtin(name = "__eq__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class EqNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return CompareOp.EQ.test(Comparisons.compareNumbers(a, b));
        }
    }

    @Builtin(name = "__ne__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class NeNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return CompareOp.NE.test(Comparisons.compareNumbers(a, b));
        }
    }

    @Builtin(name = "__lt__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class LtNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return CompareOp.LT.test(Comparisons.compareNumbers(a, b));
        }
    }

    @Builtin(name = "__le__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class LeNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return CompareOp.LE.test(Comparisons.compareNumbers(a, b));
        }
    }

    @Builtin(name = "__gt__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class GtNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return CompareOp.GT.test(Comparisons.compareNumbers(a, b));
        }
    }

    @Builtin(name = "__ge__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class GeNode extends FloatBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return CompareOp.GE.test(Comparisons.compareNumbers(a, b));
        }
    }

    @Builtin(name = "__pow__", signature = "(self, value, mod=None, /)")
    @GenerateNodeFactory
    public abstract static class PowNode extends FloatPowNode {
        @Override
        Object compute(Object a, Object b, Object mod) {
            return checkedPow(a, b, mod);
        }
    }

    @Builtin(name = "__rpow__", signature = "(self, value, mod=None, /)")
    @GenerateNodeFactory
    public abstract static class RPowNode extends FloatPowNode {
        @Override
        Object compute(Object a, Object b, Object mod) {
            return checkedPow(b, a, mod);
        }
    }

    @Builtin(name = "__neg__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class NegNode extends FloatUnaryNode {
        @Override
        Object compute(Object a) {
            return Arithmetic.neg(a);
        }
    }

    @Builtin(name = "__pos__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class PosNode extends FloatUnaryNode {
        @Override
        Object compute(Object a) {
            return a;
        }
    }

    @Builtin(name = "__abs__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class AbsNode extends FloatUnaryNode {
        @Override
        Object compute(Object a) {
            return Arithmetic.abs(a);
        }
    }

    @Builtin(name = "__bool__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class BoolNode extends FloatUnaryNode {
        @Override
        Object compute(Object a) {
            return (double) a != 0.0;
        }
    }

    @Builtin(name = "__int__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IntNode extends FloatUnaryNode {
        @Override
        Object compute(Object a) {
            try {
                return FloatOps.toInt((double) a);
            } catch (NumericError e) {
                throw OperatorErrors.raise(this, e);
            }
        }
    }

    @Builtin(name = "__float__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class FloatNode extends FloatUnaryNode {
        @Override
        Object compute(Object a) {
            return a;
        }
    }

    @Builtin(name = "__hash__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends FloatUnaryNode {
        @Override
        Object compute(Object a) {
            return PyObjectHashNode.hashUncached(a);
        }
    }
}
