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
import pyt.runtime.numbers.ComplexOps;
import pyt.runtime.numbers.ComplexParse;
import pyt.runtime.numbers.NumericError;

/** {@code complex(real=0, imag=0)} and the non-arithmetic methods of complex: repr, parts, conjugate, abs, equality. */
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
        if (t != BuiltinHelpers.types().complex) {
            throw PyErrors.raise(null, pyt.runtime.PyErr.NotImplementedError, "complex.__new__: subclasses of complex are not supported yet");
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

    static PyComplex complex(Object self, String method) {
        if (self instanceof PyComplex c) {
            return c;
        }
        throw BuiltinHelpers.descriptorError(method, "complex", self);
    }

    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object repr(Object self) {
            PyComplex c = complex(self, "__repr__");
            return PyStrings.of(ComplexOps.repr(c.real(), c.imag()));
        }
    }

    @Builtin(name = "__getattr__", signature = "(self, name, /)")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object getattr(Object self, Object name) {
            PyComplex c = complex(self, "__getattr__");
            String n = BuiltinHelpers.str(name, "attribute name");
            return switch (n) {
                case "real" -> c.real();
                case "imag" -> c.imag();
                default -> throw PyErrors.raise(null, pyt.runtime.PyErr.AttributeError, "'complex' object has no attribute '%s'", n);
            };
        }
    }

    @Builtin(name = "conjugate", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ConjugateNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object conjugate(Object self) {
            PyComplex c = complex(self, "conjugate");
            return new PyComplex(c.real(), -c.imag());
        }
    }

    @Builtin(name = "__abs__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class AbsNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object abs(Object self) {
            PyComplex c = complex(self, "__abs__");
            double r = ComplexOps.abs(c.real(), c.imag());
            if (Double.isInfinite(r) && Double.isFinite(c.real()) && Double.isFinite(c.imag())) {
                throw PyErrors.raise(null, pyt.runtime.PyErr.OverflowError, "absolute value too large");
            }
            return r;
        }
    }

    @Builtin(name = "__bool__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class BoolNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean bool(Object self) {
            PyComplex c = complex(self, "__bool__");
            return c.real() != 0.0 || c.imag() != 0.0;
        }
    }

    @Builtin(name = "__hash__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends PytBuiltinNode.Unary {
        @Specialization
        static long hash(Object self) {
            PyComplex c = complex(self, "__hash__");
            return ComplexOps.hash(c.real(), c.imag());
        }
    }

    @TruffleBoundary
    static Object equal(Object self, Object other) {
        PyComplex c = complex(self, "__eq__");
        double re;
        double im = 0.0;
        if (other instanceof PyComplex o) {
            re = o.real();
            im = o.imag();
        } else if (other instanceof Double d) {
            re = d;
        } else if (other instanceof Long || other instanceof Boolean || other instanceof java.math.BigInteger) {
            if (c.imag() != 0.0) {
                return false;
            }
            return pyt.runtime.numbers.IntOps.compareToDouble(BuiltinNumberFunctions.intValue(other), c.real()) == 0 && !Double.isNaN(c.real());
        } else {
            return pyt.runtime.PySingleton.NOT_IMPLEMENTED;
        }
        return c.real() == re && c.imag() == im;
    }

    @Builtin(name = "__eq__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class EqNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object eq(Object self, Object other) {
            return equal(self, other);
        }
    }

    @Builtin(name = "__ne__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class NeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ne(Object self, Object other) {
            Object r = equal(self, other);
            return r instanceof Boolean b ? (Object) !b : r;
        }
    }
}
