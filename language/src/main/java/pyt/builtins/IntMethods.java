package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.expression.Arithmetic;
import pyt.nodes.lib.PyObjectReprNode;
import pyt.runtime.PyBytes;
import pyt.runtime.PyNone;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.numbers.IntBits;
import pyt.runtime.numbers.IntOps;

/**
 * The named methods and data attributes of {@code int} (so also of {@code bool}): bit
 * operations, byte conversion, rounding and the numbers-tower attributes. The operators are in
 * {@link IntBuiltins}, {@code int.__new__} in {@link IntConstructor}.
 */
@BuiltinClass(name = "int")
public final class IntMethods {
    private IntMethods() {
    }

    /** The receiver as a normalized int (a bool becomes 0 or 1), or CPython's descriptor TypeError. */
    static Object intSelf(Object self, String method) {
        if (Arithmetic.isInt(self)) {
            return Arithmetic.asInt(self);
        }
        throw BuiltinHelpers.descriptorError(method, "int", self);
    }

    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object repr(Object self) {
            if (!Arithmetic.isInt(self)) {
                throw BuiltinHelpers.descriptorError("__repr__", "int", self);
            }
            // a bool says True or False, as bool.__repr__ does
            return PyObjectReprNode.repr(self);
        }
    }

    @Builtin(name = "__round__", signature = "(self, ndigits=None, /)")
    @GenerateNodeFactory
    public abstract static class RoundNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object round(Object self, Object ndigits) {
            Object v = intSelf(self, "__round__");
            return ndigits == PyNone.NONE ? v : IntOps.round(v, BuiltinHelpers.asClampedSize(ndigits));
        }
    }

    /** {@code __trunc__}, {@code __floor__}, {@code __ceil__}, {@code conjugate}, {@code real}, {@code numerator}: the int itself. */
    @GenerateCached(false)
    abstract static class IdentityNode extends PytBuiltinNode.Unary {
        @Specialization
        Object identity(Object self) {
            return intSelf(self, NumberBuiltinNodes.builtinName(this));
        }
    }

    @Builtin(name = "__trunc__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class TruncNode extends IdentityNode {
    }

    @Builtin(name = "__floor__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class FloorNode extends IdentityNode {
    }

    @Builtin(name = "__ceil__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CeilNode extends IdentityNode {
    }

    @Builtin(name = "conjugate", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ConjugateNode extends IdentityNode {
    }

    @Builtin(name = "real", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class RealNode extends IdentityNode {
    }

    @Builtin(name = "numerator", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class NumeratorNode extends IdentityNode {
    }

    @Builtin(name = "imag", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class ImagNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object imag(Object self) {
            intSelf(self, "imag");
            return 0L;
        }
    }

    @Builtin(name = "denominator", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class DenominatorNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object denominator(Object self) {
            intSelf(self, "denominator");
            return 1L;
        }
    }

    @Builtin(name = "bit_length", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class BitLengthNode extends PytBuiltinNode.Unary {
        @Specialization
        static long bitLength(Object self) {
            return IntOps.bitLength(intSelf(self, "bit_length"));
        }
    }

    @Builtin(name = "bit_count", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class BitCountNode extends PytBuiltinNode.Unary {
        @Specialization
        static long bitCount(Object self) {
            return IntOps.bitCount(intSelf(self, "bit_count"));
        }
    }

    @Builtin(name = "as_integer_ratio", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class AsIntegerRatioNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object ratio(Object self) {
            return PyTuple.of(intSelf(self, "as_integer_ratio"), 1L);
        }
    }

    @Builtin(name = "to_bytes", signature = "(self, /, length=1, byteorder=\"big\", *, signed=False)")
    @GenerateNodeFactory
    public abstract static class ToBytesNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object toBytes(Object self, Object length, Object byteorder, Object signed) {
            Object v = intSelf(self, "to_bytes");
            String order = BuiltinHelpers.str(byteorder, "to_bytes() argument 'byteorder'");
            return new PyBytes(IntBits.toBytes(v, BuiltinHelpers.asSize(length), order, BuiltinHelpers.isTrue(signed)));
        }
    }

    @Builtin(name = "from_bytes", signature = "(cls, /, bytes, byteorder=\"big\", *, signed=False)", isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class FromBytesNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object fromBytes(Object cls, Object bytes, Object byteorder, Object signed) {
            String order = BuiltinHelpers.str(byteorder, "from_bytes() argument 'byteorder'");
            byte[] data = bytes instanceof PyBytes b ? b.bytes() : BytesBuiltins.fromIterable(bytes);
            Object v = IntBits.fromBytes(data, order, BuiltinHelpers.isTrue(signed));
            // as CPython: a subclass is called with the int, so that its __new__/__init__ run
            return cls == BuiltinHelpers.types().int_ || !(cls instanceof PyType) ? v : CallDispatchNode.callUncached(cls, v);
        }
    }
}
