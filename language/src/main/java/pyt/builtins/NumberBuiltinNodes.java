package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.nodes.expression.OperatorErrors;
import pyt.runtime.PyBoxedValue;
import pyt.runtime.PySingleton;

/**
 * The shapes shared by the special methods of {@code int}, {@code float} and {@code bool}
 * ({@link IntBuiltins}, {@link FloatBuiltins}, {@link BoolBuiltins}): a method checks that
 * {@code self} is of its class (CPython's "descriptor requires" TypeError otherwise), answers
 * {@code NotImplemented} for an operand it does not handle (taking the value of an instance of a
 * subclass of int or float, {@link PyBoxedValue}), and otherwise applies the same
 * semantics the operator nodes use ({@code pyt.nodes.expression.Arithmetic}). The groups' own
 * abstract bases repeat {@code @TypeSystemReference}: the DSL processor finds node classes by
 * their annotations, and the methods themselves declare none (all specializations are inherited).
 */
final class NumberBuiltinNodes {
    private NumberBuiltinNodes() {
    }

    /** The Python name of the builtin a node implements, from its annotation (for errors). */
    @TruffleBoundary
    static String builtinName(Object node) {
        for (Class<?> c = node.getClass(); c != null; c = c.getSuperclass()) {
            Builtin b = c.getAnnotation(Builtin.class);
            if (b != null) {
                return b.name();
            }
        }
        return "?";
    }

    /** {@code self.__op__(other)}. */
    @GenerateCached(false)
    @ImportStatic(PyBoxedValue.class)
    abstract static class BinaryNumberNode extends PytBuiltinNode.Binary {
        /** The class that owns the method, for errors. */
        abstract String owner();

        abstract boolean acceptsSelf(Object self);

        abstract boolean acceptsOther(Object other);

        abstract Object compute(Object self, Object other);

        @Specialization(guards = {"acceptsSelf(self)", "acceptsOther(other)"})
        Object doNumbers(Object self, Object other) {
            return compute(self, other);
        }

        @Specialization(guards = {"acceptsSelf(self)", "acceptsOther(other.value())"})
        Object doBoxedOther(Object self, PyBoxedValue other) {
            return compute(self, other.value());
        }

        @Specialization(guards = {"acceptsSelf(self)", "!acceptsOther(unbox(other))"})
        static Object doOther(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object other) {
            return PySingleton.NOT_IMPLEMENTED;
        }

        @Fallback
        Object doBadSelf(Object self, @SuppressWarnings("unused") Object other) {
            throw OperatorErrors.descriptorRequires(this, builtinName(this), owner(), self);
        }
    }

    /** {@code self.__op__()}. */
    @GenerateCached(false)
    abstract static class UnaryNumberNode extends PytBuiltinNode.Unary {
        abstract String owner();

        abstract boolean acceptsSelf(Object self);

        abstract Object compute(Object self);

        @Specialization(guards = "acceptsSelf(self)")
        Object doNumber(Object self) {
            return compute(self);
        }

        @Fallback
        Object doBadSelf(Object self) {
            throw OperatorErrors.descriptorRequires(this, builtinName(this), owner(), self);
        }
    }

    /** {@code self.__pow__(other, mod=None)} and {@code __rpow__}: mod only for ints. */
    @GenerateCached(false)
    @ImportStatic(PyBoxedValue.class)
    abstract static class PowNumberNode extends PytBuiltinNode.Ternary {
        abstract String owner();

        abstract boolean acceptsSelf(Object self);

        abstract boolean acceptsOther(Object other);

        /** {@code mod} is None or an int. */
        abstract Object compute(Object self, Object other, Object mod);

        abstract boolean acceptsMod(Object mod);

        @Specialization(guards = {"acceptsSelf(self)", "acceptsOther(unbox(other))", "acceptsMod(unbox(mod))"})
        Object doNumbers(Object self, Object other, Object mod) {
            return compute(self, PyBoxedValue.unbox(other), PyBoxedValue.unbox(mod));
        }

        @Specialization(guards = {"acceptsSelf(self)", "!acceptsOther(unbox(other)) || !acceptsMod(unbox(mod))"})
        static Object doOther(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object other,
                        @SuppressWarnings("unused") Object mod) {
            return PySingleton.NOT_IMPLEMENTED;
        }

        @Fallback
        Object doBadSelf(Object self, @SuppressWarnings("unused") Object other, @SuppressWarnings("unused") Object mod) {
            throw OperatorErrors.descriptorRequires(this, builtinName(this), owner(), self);
        }
    }
}
