package pyt.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.expression.BinaryOp;
import pyt.nodes.expression.BinaryOpNode;
import pyt.runtime.PyBytes;
import pyt.runtime.PyComplex;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PySingleton;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.numbers.ComplexOps;
import pyt.runtime.numbers.FloatOps;
import pyt.runtime.numbers.IntFormat;
import pyt.runtime.numbers.IntOps;
import pyt.runtime.numbers.NumericError;

/** Number builtins: abs, round, divmod, pow, chr, ord, hex, oct, bin. */
@BuiltinModule(name = "builtins")
public final class BuiltinNumberFunctions {
    private BuiltinNumberFunctions() {
    }

    static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
    }

    static Object intValue(Object v) {
        return v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
    }

    /** Calls {@code type(obj).name(obj, args...)}, or returns null when the type has no such method. */
    @TruffleBoundary
    static Object callSpecial(Object obj, String name, Object... args) {
        PyType type = BuiltinHelpers.types().typeOf(obj);
        Object m = type.lookup(name);
        if (m == null || m == PyNone.NONE) {
            return null;
        }
        Object[] all = new Object[args.length + 1];
        all[0] = obj;
        System.arraycopy(args, 0, all, 1, args.length);
        return CallDispatchNode.callUncached(m, all);
    }

    @Builtin(name = "abs", signature = "(x, /)")
    @GenerateNodeFactory
    public abstract static class AbsNode extends PytBuiltinNode.Unary {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long absLong(long x) {
            if (x == Long.MIN_VALUE) {
                throw new ArithmeticException();
            }
            return Math.abs(x);
        }

        @Specialization
        static double absDouble(double x) {
            return Math.abs(x);
        }

        @Specialization(replaces = "absLong")
        static Object abs(Object x) {
            return absOf(x);
        }
    }

    @TruffleBoundary
    static Object absOf(Object x) {
        if (isInt(x)) {
            return IntOps.abs(intValue(x));
        } else if (x instanceof Double d) {
            return Math.abs(d);
        } else if (x instanceof PyComplex c) {
            return ComplexOps.abs(c.real(), c.imag());
        }
        Object r = callSpecial(x, "__abs__");
        if (r == null) {
            throw PyErrors.typeError(null, "bad operand type for abs(): '%s'", BuiltinHelpers.typeName(x));
        }
        return r;
    }

    @Builtin(name = "round", signature = "(number, ndigits=None)")
    @GenerateNodeFactory
    public abstract static class RoundNode extends PytBuiltinNode.Binary {
        @Specialization
        Object round(Object number, Object ndigits) {
            try {
                return roundOf(number, ndigits);
            } catch (NumericError e) {
                throw BuiltinHelpers.raise(this, e);
            }
        }
    }

    @TruffleBoundary
    static Object roundOf(Object number, Object ndigits) {
        if (isInt(number)) {
            if (ndigits == PyNone.NONE) {
                return intValue(number);
            }
            return IntOps.round(intValue(number), BuiltinHelpers.asClampedSize(ndigits));
        } else if (number instanceof Double d) {
            if (ndigits == PyNone.NONE) {
                return FloatOps.round(d);
            }
            return FloatOps.round(d, BuiltinHelpers.asClampedSize(ndigits));
        }
        Object r = ndigits == PyNone.NONE ? callSpecial(number, "__round__") : callSpecial(number, "__round__", ndigits);
        if (r == null) {
            throw PyErrors.typeError(null, "type %s doesn't define __round__ method", BuiltinHelpers.typeName(number));
        }
        return r;
    }

    @Builtin(name = "divmod", signature = "(x, y, /)")
    @GenerateNodeFactory
    public abstract static class DivmodNode extends PytBuiltinNode.Binary {
        @Specialization
        Object divmod(Object x, Object y) {
            try {
                return divmodOf(x, y);
            } catch (NumericError e) {
                throw BuiltinHelpers.raise(this, e);
            }
        }
    }

    @TruffleBoundary
    static Object divmodOf(Object x, Object y) {
        if (isInt(x) && isInt(y)) {
            return PyTuple.of(IntOps.divmod(intValue(x), intValue(y)));
        }
        if ((x instanceof Double || isInt(x)) && (y instanceof Double || isInt(y))) {
            double a = x instanceof Double d ? d : IntOps.toDouble(intValue(x));
            double b = y instanceof Double d ? d : IntOps.toDouble(intValue(y));
            if (b == 0.0) {
                throw PyErrors.raise(null, PyErr.ZeroDivisionError, "float divmod()");
            }
            double[] r = FloatOps.divmod(a, b);
            return PyTuple.of(r[0], r[1]);
        }
        Object r = callSpecial(x, "__divmod__", y);
        if (r != null && r != PySingleton.NOT_IMPLEMENTED) {
            return r;
        }
        if (BuiltinHelpers.types().typeOf(x) != BuiltinHelpers.types().typeOf(y)) {
            r = callSpecial(y, "__rdivmod__", x);
            if (r != null && r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw PyErrors.typeError(null, "unsupported operand type(s) for divmod(): '%s' and '%s'", BuiltinHelpers.typeName(x),
                        BuiltinHelpers.typeName(y));
    }

    @Builtin(name = "pow", signature = "(base, exp, mod=None)")
    @GenerateNodeFactory
    public abstract static class PowNode extends PytBuiltinNode.Ternary {
        @Specialization
        Object pow(Object base, Object exp, Object mod) {
            try {
                return powOf(base, exp, mod);
            } catch (NumericError e) {
                throw BuiltinHelpers.raise(this, e);
            }
        }
    }

    @TruffleBoundary
    static Object powOf(Object base, Object exp, Object mod) {
        if (mod != PyNone.NONE) {
            if (isInt(base) && isInt(exp) && isInt(mod)) {
                if (IntOps.isZero(intValue(mod))) {
                    throw PyErrors.valueError(null, "pow() 3rd argument cannot be 0");
                }
                return IntOps.pow(intValue(base), intValue(exp), intValue(mod));
            }
            Object r = callSpecial(base, "__pow__", exp, mod);
            if (r != null && r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
            if (base instanceof Double || exp instanceof Double || mod instanceof Double || isInt(base) && isInt(exp)) {
                throw PyErrors.typeError(null, "pow() 3rd argument not allowed unless all arguments are integers");
            }
            throw PyErrors.typeError(null, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                            BuiltinHelpers.typeName(base), BuiltinHelpers.typeName(exp), BuiltinHelpers.typeName(mod));
        }
        if (isInt(base) && isInt(exp)) {
            return IntOps.pow(intValue(base), intValue(exp));
        }
        if ((base instanceof Double || isInt(base)) && (exp instanceof Double || isInt(exp))) {
            double a = base instanceof Double d ? d : IntOps.toDouble(intValue(base));
            double b = exp instanceof Double d ? d : IntOps.toDouble(intValue(exp));
            if (FloatOps.powIsComplex(a, b)) {
                double[] c = ComplexOps.pow(a, 0.0, b, 0.0);
                return new PyComplex(c[0], c[1]);
            }
            return FloatOps.pow(a, b);
        }
        return BinaryOpNode.getUncached(BinaryOp.POW).execute(base, exp);
    }

    @Builtin(name = "chr", signature = "(i, /)")
    @GenerateNodeFactory
    public abstract static class ChrNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object chr(Object i) {
            return chrOf(i);
        }
    }

    @TruffleBoundary
    static Object chrOf(Object i) {
        Object v = BuiltinHelpers.index(i);
        if (v instanceof BigInteger || (Long) v > Integer.MAX_VALUE || (Long) v < Integer.MIN_VALUE) {
            throw PyErrors.raise(null, PyErr.OverflowError, "Python int too large to convert to C int");
        }
        long c = (Long) v;
        if (c < 0 || c > 0x10FFFF) {
            throw PyErrors.valueError(null, "chr() arg not in range(0x110000)");
        }
        return PyStrings.ofCodePoint((int) c);
    }

    @Builtin(name = "ord", signature = "(c, /)")
    @GenerateNodeFactory
    public abstract static class OrdNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object ord(Object c) {
            return ordOf(c);
        }
    }

    @TruffleBoundary
    static Object ordOf(Object c) {
        if (c instanceof TruffleString s) {
            int n = PyStrings.length(s);
            if (n != 1) {
                throw PyErrors.typeError(null, "ord() expected a character, but string of length %d found", n);
            }
            return (long) s.codePointAtIndexUncached(0, PyStrings.ENCODING);
        } else if (c instanceof PyBytes b) {
            if (b.bytes().length != 1) {
                throw PyErrors.typeError(null, "ord() expected a character, but string of length %d found", b.bytes().length);
            }
            return (long) (b.bytes()[0] & 0xFF);
        }
        throw PyErrors.typeError(null, "ord() expected string of length 1, but %s found", BuiltinHelpers.typeName(c));
    }

    @Builtin(name = "hex", signature = "(number, /)")
    @GenerateNodeFactory
    public abstract static class HexNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object hex(Object number) {
            return PyStrings.of(IntFormat.hex(BuiltinHelpers.index(number)));
        }
    }

    @Builtin(name = "oct", signature = "(number, /)")
    @GenerateNodeFactory
    public abstract static class OctNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object oct(Object number) {
            return PyStrings.of(IntFormat.oct(BuiltinHelpers.index(number)));
        }
    }

    @Builtin(name = "bin", signature = "(number, /)")
    @GenerateNodeFactory
    public abstract static class BinNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object bin(Object number) {
            return PyStrings.of(IntFormat.bin(BuiltinHelpers.index(number)));
        }
    }
}
