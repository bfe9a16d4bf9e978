package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.numbers.FloatHex;
import pyt.runtime.numbers.FloatOps;
import pyt.runtime.numbers.FloatRepr;

/**
 * The named methods and data attributes of {@code float}: rounding, exact ratios, hexadecimal
 * text and the numbers-tower attributes. The operators are in {@link FloatBuiltins},
 * {@code float.__new__} in {@link FloatConstructor}.
 */
@BuiltinClass(name = "float")
public final class FloatMethods {
    private FloatMethods() {
    }

    /** The receiver's value, or CPython's descriptor TypeError. */
    static double floatSelf(Object self, String method) {
        if (self instanceof Double d) {
            return d;
        }
        throw BuiltinHelpers.descriptorError(method, "float", self);
    }

    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            return PyStrings.of(FloatRepr.repr(floatSelf(self, "__repr__")));
        }
    }

    @Builtin(name = "__round__", signature = "(self, ndigits=None, /)")
    @GenerateNodeFactory
    public abstract static class RoundNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object round(Object self, Object ndigits) {
            double x = floatSelf(self, "__round__");
            return ndigits == PyNone.NONE ? FloatOps.round(x) : (Object) FloatOps.round(x, BuiltinHelpers.asClampedSize(ndigits));
        }
    }

    @Builtin(name = "__trunc__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class TruncNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object trunc(Object self) {
            return FloatOps.trunc(floatSelf(self, "__trunc__"));
        }
    }

    @Builtin(name = "__floor__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class FloorNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object floor(Object self) {
            return FloatOps.floor(floatSelf(self, "__floor__"));
        }
    }

    @Builtin(name = "__ceil__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CeilNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object ceil(Object self) {
            return FloatOps.ceil(floatSelf(self, "__ceil__"));
        }
    }

    /** {@code conjugate()} and {@code real}: the float itself. */
    @GenerateCached(false)
    abstract static class IdentityNode extends PytBuiltinNode.Unary {
        @Specialization
        Object identity(Object self) {
            return floatSelf(self, NumberBuiltinNodes.builtinName(this));
        }
    }

    @Builtin(name = "conjugate", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ConjugateNode extends IdentityNode {
    }

    @Builtin(name = "real", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class RealNode extends IdentityNode {
    }

    @Builtin(name = "imag", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class ImagNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object imag(Object self) {
            floatSelf(self, "imag");
            return 0.0;
        }
    }

    @Builtin(name = "is_integer", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsIntegerNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean isInteger(Object self) {
            return FloatOps.isInteger(floatSelf(self, "is_integer"));
        }
    }

    @Builtin(name = "as_integer_ratio", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class AsIntegerRatioNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object ratio(Object self) {
            return PyTuple.of(FloatOps.asIntegerRatio(floatSelf(self, "as_integer_ratio")));
        }
    }

    @Builtin(name = "hex", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HexNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object hex(Object self) {
            return PyStrings.of(FloatHex.hex(floatSelf(self, "hex")));
        }
    }

    @Builtin(name = "fromhex", signature = "(cls, string, /)", isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class FromHexNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object fromhex(Object cls, Object string) {
            double v = FloatHex.fromHex(BuiltinHelpers.str(string, "fromhex() argument"));
            // as CPython: a subclass is called with the float, so that its __new__/__init__ run
            return cls == BuiltinHelpers.types().float_ || !(cls instanceof PyType) ? (Object) v : CallDispatchNode.callUncached(cls, v);
        }
    }
}
