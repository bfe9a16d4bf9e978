package pyt.builtins;

import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.TypeSystemReference;

import pyt.nodes.PytTypes;
import pyt.nodes.expression.Arithmetic;
import pyt.nodes.expression.BinaryOp;
import pyt.nodes.expression.OperatorErrors;
import pyt.runtime.PyComplex;
import pyt.runtime.PyErr;
import pyt.runtime.PyNone;

/**
 * The arithmetic special methods of {@code complex}, with a complex, float or int (bool) as the
 * other operand ({@link Arithmetic#complex}); the other methods are in {@link ComplexConstructor}.
 */
@BuiltinClass(name = "complex")
public final class ComplexBuiltins {
    private ComplexBuiltins() {
    }

    @GenerateCached(false)
    @TypeSystemReference(PytTypes.class)
    abstract static class ComplexBinaryNode extends NumberBuiltinNodes.BinaryNumberNode {
        @Override
        final String owner() {
            return "complex";
        }

        @Override
        final boolean acceptsSelf(Object self) {
            return self instanceof PyComplex;
        }

        @Override
        final boolean acceptsOther(Object other) {
            return Arithmetic.isComplexOperand(other);
        }
    }

    @GenerateCached(false)
    @TypeSystemReference(PytTypes.class)
    abstract static class ComplexUnaryNode extends NumberBuiltinNodes.UnaryNumberNode {
        @Override
        final String owner() {
            return "complex";
        }

        @Override
        final boolean acceptsSelf(Object self) {
            return self instanceof PyComplex;
        }
    }

    @GenerateCached(false)
    @TypeSystemReference(PytTypes.class)
    abstract static class ComplexPowNode extends NumberBuiltinNodes.PowNumberNode {
        @Override
        final String owner() {
            return "complex";
        }

        @Override
        final boolean acceptsSelf(Object self) {
            return self instanceof PyComplex;
        }

        @Override
        final boolean acceptsOther(Object other) {
            return Arithmetic.isComplexOperand(other);
        }

        @Override
        final boolean acceptsMod(Object mod) {
            return true;
        }

        Object checkedPow(Object a, Object b, Object mod) {
            if (mod != PyNone.NONE) {
                throw OperatorErrors.raiseMessage(this, PyErr.ValueError, "complex modulo");
            }
            return Arithmetic.complex(this, BinaryOp.POW, a, b);
        }
    }

    @Builtin(name = "__add__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class AddNode extends ComplexBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.complex(this, BinaryOp.ADD, a, b);
        }
    }

    @Builtin(name = "__radd__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RAddNode extends ComplexBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.complex(this, BinaryOp.ADD, b, a);
        }
    }

    @Builtin(name = "__sub__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class SubNode extends ComplexBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.complex(this, BinaryOp.SUB, a, b);
        }
    }

    @Builtin(name = "__rsub__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RSubNode extends ComplexBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.complex(this, BinaryOp.SUB, b, a);
        }
    }

    @Builtin(name = "__mul__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class MulNode extends ComplexBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.complex(this, BinaryOp.MUL, a, b);
        }
    }

    @Builtin(name = "__rmul__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RMulNode extends ComplexBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.complex(this, BinaryOp.MUL, b, a);
        }
    }

    @Builtin(name = "__truediv__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class TrueDivNode extends ComplexBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.complex(this, BinaryOp.TRUEDIV, a, b);
        }
    }

    @Builtin(name = "__rtruediv__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RTrueDivNode extends ComplexBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.complex(this, BinaryOp.TRUEDIV, b, a);
        }
    }

    @Builtin(name = "__pow__", signature = "(self, value, mod=None, /)")
    @GenerateNodeFactory
    public abstract static class PowNode extends ComplexPowNode {
        @Override
        Object compute(Object a, Object b, Object mod) {
            return checkedPow(a, b, mod);
        }
    }

    @Builtin(name = "__rpow__", signature = "(self, value, mod=None, /)")
    @GenerateNodeFactory
    public abstract static class RPowNode extends ComplexPowNode {
        @Override
        Object compute(Object a, Object b, Object mod) {
            return checkedPow(b, a, mod);
        }
    }

    @Builtin(name = "__neg__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class NegNode extends ComplexUnaryNode {
        @Override
        Object compute(Object a) {
            return new PyComplex(-((PyComplex) a).real(), -((PyComplex) a).imag());
        }
    }

    @Builtin(name = "__pos__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class PosNode extends ComplexUnaryNode {
        @Override
        Object compute(Object a) {
            return a;
        }
    }
}
