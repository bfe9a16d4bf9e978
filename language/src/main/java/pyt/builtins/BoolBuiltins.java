package pyt.builtins;

import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.TypeSystemReference;

import pyt.nodes.PytTypes;
import pyt.nodes.expression.Arithmetic;

/**
 * The special methods {@code bool} overrides: {@code &}, {@code |} and {@code ^} of two bools
 * give a bool ({@code True & False is False}); with an int they give an int. Everything else
 * is inherited from {@link IntBuiltins}; {@code bool.__new__} is in {@link BoolConstructor}.
 */
@BuiltinClass(name = "bool")
public final class BoolBuiltins {
    private BoolBuiltins() {
    }

    @GenerateCached(false)
    @TypeSystemReference(PytTypes.class)
    abstract static class BoolBinaryNode extends NumberBuiltinNodes.BinaryNumberNode {
        @Override
        final String owner() {
            return "bool";
        }

        @Override
        final boolean acceptsSelf(Object self) {
            return self instanceof Boolean;
        }

        @Override
        final boolean acceptsOther(Object other) {
            return Arithmetic.isInt(other);
        }
    }

    @Builtin(name = "__and__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class AndNode extends BoolBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.and(a, b);
        }
    }

    @Builtin(name = "__rand__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RAndNode extends BoolBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.and(b, a);
        }
    }

    @Builtin(name = "__or__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class OrNode extends BoolBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.or(a, b);
        }
    }

    @Builtin(name = "__ror__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class ROrNode extends BoolBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.or(b, a);
        }
    }

    @Builtin(name = "__xor__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class XorNode extends BoolBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.xor(a, b);
        }
    }

    @Builtin(name = "__rxor__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RXorNode extends BoolBinaryNode {
        @Override
        Object compute(Object a, Object b) {
            return Arithmetic.xor(b, a);
        }
    }
}
