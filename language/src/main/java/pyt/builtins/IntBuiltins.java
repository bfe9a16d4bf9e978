package pyt.builtins;

import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.TypeSystemReference;

import pyt.nodes.PytTypes;
import pyt.nodes.expression.Arithmetic;
import pyt.nodes.expression.CompareOp;
import pyt.nodes.expression.Comparisons;
import pyt.runtime.PyNone;
import pyt.runtime.numbers.IntBits;
import pyt.runtime.numbers.IntOps;

/**
 * The special methods of {@code int} (and so of {@code bool}, which inherits them): arithmetic,
 * bitwise, comparisons and conversions, with ints (and bools) as operands only: {@code
 * (1).__add__(1.0)} is NotImplemented, as in CPython, so that {@code float.__radd__} answers.
 * The semantics are the operator nodes' ({@link Arithmetic}); {@code int.__new__} is in
 * {@link IntConstructor}.
 */
@BuiltinClass(name = "int")
public final class IntBuiltins {
    private IntBuiltins() {
    }

    @GenerateCached(false)
    @TypeSystemReference(PytTypes.class)
    abstract static class IntBinaryNode extends NumberBuiltinNodes.BinaryNumberNode {
        @Override
        final String owner() {
            return "int";
        }

        @Override
        final boolean acceptsSelf(Object self) {
            return Arithmetic.isInt(self);
        }

        @Override
        final boolean acceptsOther(Object other) {
            return Arithmetic.isInt(other);
        }
    }

    @GenerateCached(false)
    @TypeSystemReference(PytTypes.class)
    abstract static class IntUnaryNode extends NumberBuiltinNodes.UnaryNumberNode {
        @Override
        final String owner() {
            return "int";
        }

        @Override
        final boolean acceptsSelf(Object self) {
            return Arithmetic.isInt(self);
        }
    }

    @GenerateCached(false)
    @TypeSystemReference(PytTypes.class)
    abstract static class IntPowNode extends NumberBuiltinNodes.PowNumberNode {
        @Override
        final String owner() {
            return "int";
        }

        @Override
        final boolean acceptsSelf(Object self) {
            return Arithmetic.isInt(self);
        }

        @Override
        final boolean acceptsOther(Object other) {
            return Arithmetic.isInt(other);
        }

        @Override
        final boolean acceptsMod(Object mod) {
            return mod == PyNone.NONE || Arithmetic.isInt(mod);
        }
    }

    @Builtin(name = "__add__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class AddNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.add(this, a, b);
        }
    }

    @Builtin(name = "__radd__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RAddNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.add(this, b, a);
        }
    }

    @Builtin(name = "__sub__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class SubNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.sub(this, a, b);
        }
    }

    @Builtin(name = "__rsub__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RSubNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.sub(this, b, a);
        }
    }

    @Builtin(name = "__mul__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class MulNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.mul(this, a, b);
        }
    }

    @Builtin(name = "__rmul__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RMulNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.mul(this, b, a);
        }
    }

    @Builtin(name = "__truediv__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class TrueDivNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.trueDiv(this, a, b);
        }
    }

    @Builtin(name = "__rtruediv__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RTrueDivNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.trueDiv(this, b, a);
        }
    }

    @Builtin(name = "__floordiv__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class FloorDivNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.floorDiv(this, a, b);
        }
    }

    @Builtin(name = "__rfloordiv__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RFloorDivNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.floorDiv(this, b, a);
        }
    }

    @Builtin(name = "__mod__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class ModNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.mod(this, a, b);
        }
    }

    @Builtin(name = "__rmod__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RModNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.mod(this, b, a);
        }
    }

    @Builtin(name = "__divmod__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class DivModNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.divmod(this, a, b);
        }
    }

    @Builtin(name = "__rdivmod__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RDivModNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.divmod(this, b, a);
        }
    }

    @Builtin(name = "__lshift__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class LShiftNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.lshift(this, a, b);
        }
    }

    @Builtin(name = "__rlshift__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RLShiftNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.lshift(this, b, a);
        }
    }

    @Builtin(name = "__rshift__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RShiftNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.rshift(this, a, b);
        }
    }

    @Builtin(name = "__rrshift__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RRShiftNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.rshift(this, b, a);
        }
    }

    @Builtin(name = "__and__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class AndNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return IntBits.and(Arithmetic.asInt(a), Arithmetic.asInt(b));
        }
    }

    @Builtin(name = "__rand__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RAndNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return IntBits.and(Arithmetic.asInt(b), Arithmetic.asInt(a));
        }
    }

    @Builtin(name = "__or__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class OrNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return IntBits.or(Arithmetic.asInt(a), Arithmetic.asInt(b));
        }
    }

    @Builtin(name = "__ror__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class ROrNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return IntBits.or(Arithmetic.asInt(b), Arithmetic.asInt(a));
        }
    }

    @Builtin(name = "__xor__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class XorNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return IntBits.xor(Arithmetic.asInt(a), Arithmetic.asInt(b));
        }
    }

    @Builtin(name = "__rxor__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RXorNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return IntBits.xor(Arithmetic.asInt(b), Arithmetic.asInt(a));
        }
    }

    @Builtin(name = "__eq__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class EqNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return CompareOp.EQ.test(Comparisons.compareNumbers(a, b));
        }
    }

    @Builtin(name = "__ne__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class NeNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return CompareOp.NE.test(Comparisons.compareNumbers(a, b));
        }
    }

    @Builtin(name = "__lt__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class LtNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return CompareOp.LT.test(Comparisons.compareNumbers(a, b));
        }
    }

    @Builtin(name = "__le__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class LeNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return CompareOp.LE.test(Comparisons.compareNumbers(a, b));
        }
    }

    @Builtin(name = "__gt__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class GtNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return CompareOp.GT.test(Comparisons.compareNumbers(a, b));
        }
    }

    @Builtin(name = "__ge__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class GeNode extends IntBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return CompareOp.GE.test(Comparisons.compareNumbers(a, b));
        }
    }

    @Builtin(name = "__pow__", signature = "(self, value, mod=None, /)")
    @GenerateNodeFactory
    public abstract static class PowNode extends IntPowNode {
        @Override
        Object compute(Object a, Object b, Object mod) {
            return mod == PyNone.NONE ? Arithmetic.pow(this, a, b) : Arithmetic.powMod(this, a, b, mod);
        }
    }

    @Builtin(name = "__rpow__", signature = "(self, value, mod=None, /)")
    @GenerateNodeFactory
    public abstract static class RPowNode extends IntPowNode {
        @Override
        Object compute(Object a, Object b, Object mod) {
            return mod == PyNone.NONE ? Arithmetic.pow(this, b, a) : Arithmetic.powMod(this, b, a, mod);
        }
    }

    @Builtin(name = "__neg__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class NegNode extends IntUnaryNode {
        @Override
        Object compute(Object a) {
            return Arithmetic.neg(a);
        }
    }

    @Builtin(name = "__pos__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class PosNode extends IntUnaryNode {
        @Override
        Object compute(Object a) {
            return Arithmetic.pos(a);
        }
    }

    @Builtin(name = "__abs__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class AbsNode extends IntUnaryNode {
        @Override
        Object compute(Object a) {
            return Arithmetic.abs(a);
        }
    }

    @Builtin(name = "__invert__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class InvertNode extends IntUnaryNode {
        @Override
        Object compute(Object a) {
            return Arithmetic.invert(a);
        }
    }

    @Builtin(name = "__bool__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class BoolNode extends IntUnaryNode {
        @Override
        Object compute(Object a) {
            return !IntOps.isZero(Arithmetic.asInt(a));
        }
    }

    @Builtin(name = "__int__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IntNode extends IntUnaryNode {
        @Override
        Object compute(Object a) {
            return Arithmetic.asInt(a);
        }
    }

    @Builtin(name = "__index__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IndexNode extends IntUnaryNode {
        @Override
        Object compute(Object a) {
            return Arithmetic.asInt(a);
        }
    }

    @Builtin(name = "__float__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class FloatNode extends IntUnaryNode {
        @Override
        Object compute(Object a) {
            return Arithmetic.asDouble(this, a);
        }
    }

    @Builtin(name = "__hash__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends IntUnaryNode {
        @Override
        Object compute(Object a) {
            return IntOps.hash(Arithmetic.asInt(a));
        }
    }
}
