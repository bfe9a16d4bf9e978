package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyComplex;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.PyType;
import pyt.runtime.numbers.ComplexParse;
import pyt.runtime.numbers.NumericError;

/** {@code complex(real=0, imag=0)}: {@code complex.__new__}. */
@BuiltinClass(name = "complex")
public final class ComplexConstructor {
    private ComplexConstructor() {
    }

    @Builtin(name = "__new__", signature = "(cls, real=_, imag=_)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Ternary {
        @Specialization
        Object create(Object cls, Object real, Object imag) {
            try {
                return construct(cls, real, imag);
            } catch (NumericError e) {
                throw BuiltinHelpers.raise(this, e);
            }
        }
    }

    @TruffleBoundary
    static Object construct(Object cls, Object real, Object imag) {
        if (!(cls instanceof PyType t) || !t.isSubtypeOf(BuiltinHelpers.types().complex)) {
            throw PyErrors.typeError(null, "complex.__new__(X): X is not a subtype of complex");
        }
        if (real instanceof TruffleString s) {
            if (imag != PyNone.NO_VALUE) {
                throw PyErrors.typeError(null, "complex() can't take second arg if first is a string");
            }
            double[] c = ComplexParse.parse(PyStrings.toJava(s));
            return new PyComplex(c[0], c[1]);
        }
        if (imag instanceof TruffleString) {
            throw PyErrors.typeError(null, "complex() second arg can't be a string");
        }
        double[] r = real == PyNone.NO_VALUE ? new double[]{0, 0} : parts(real, "first");
        double[] i = imag == PyNone.NO_VALUE ? new double[]{0, 0} : parts(imag, "second");
        return new PyComplex(r[0] - i[1], r[1] + i[0]);
    }

    private static double[] parts(Object v, String which) {
        if (v instanceof PyComplex c) {
            return new double[]{c.real(), c.imag()};
        }
        PyType type = BuiltinHelpers.types().typeOf(v);
        Object m = type.lookup("__complex__");
        if (m != null && m != PyNone.NONE) {
            Object r = CallDispatchNode.callUncached(m, v);
            if (r instanceof PyComplex c) {
                return new double[]{c.real(), c.imag()};
            }
            throw PyErrors.typeError(null, "__complex__ returned non-complex (type %s)", BuiltinHelpers.typeName(r));
        }
        if (v instanceof Double || v instanceof Long || v instanceof Boolean || v instanceof java.math.BigInteger
                        || type.lookup("__float__") != null || type.lookup("__index__") != null) {
            return new double[]{FloatConstructor.toFloat(v), 0};
        }
        throw PyErrors.typeError(null, "complex() %s argument must be a string or a number, not '%s'", which, type.getName());
    }
}
