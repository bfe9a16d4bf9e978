package pyt.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyBoxedValue;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.PyType;
import pyt.runtime.numbers.FloatOps;
import pyt.runtime.numbers.IntParse;
import pyt.runtime.numbers.NumericError;

/** {@code int(x=0, /, base=10)}: {@code int.__new__}; the other methods of int are in IntBuiltins. */
@BuiltinClass(name = "int")
public final class IntConstructor {
    private IntConstructor() {
    }

    @Builtin(name = "__new__", signature = "(cls, x=_, /, base=_)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Ternary {
        @Specialization(guards = {"cls == intType", "base == NO_VALUE"}, limit = "1")
        Object fromStr(PyType cls, TruffleString x, Object base,
                        @SuppressWarnings("unused") @Cached("intType()") PyType intType,
                        @Cached TruffleString.ParseLongNode parse) {
            try {
                // plain digits with an optional sign, which int() reads the same way
                return parse.execute(x, 10);
            } catch (TruffleString.NumberFormatException e) {
                // spaces, underscores, big ints and errors
                return create(cls, x, base);
            }
        }

        static PyType intType() {
            return BuiltinHelpers.types().int_;
        }

        @Fallback
        Object create(Object cls, Object x, Object base) {
            try {
                return construct(cls, x, base);
            } catch (NumericError e) {
                throw BuiltinHelpers.raise(this, e);
            }
        }
    }

    @TruffleBoundary
    static Object construct(Object cls, Object x, Object base) {
        if (!(cls instanceof PyType t) || !t.isSubtypeOf(BuiltinHelpers.types().int_)) {
            throw PyErrors.typeError(null, "int.__new__(X): X is not a subtype of int");
        }
        return PyBoxedValue.ofClass(value(x, base), t, BuiltinHelpers.types().int_);
    }

    private static Object value(Object x, Object base) {
        if (x == PyNone.NO_VALUE) {
            if (base != PyNone.NO_VALUE) {
                throw PyErrors.typeError(null, "int() missing string argument");
            }
            return 0L;
        }
        if (base != PyNone.NO_VALUE) {
            Object b = BuiltinHelpers.index(base);
            long bv = b instanceof Long l ? l : 37;
            if (PyBoxedValue.unbox(x) instanceof TruffleString s) {
                return IntParse.parse(PyStrings.toJava(s), bv);
            } else if (BytesBuiltins.bytesOrNull(x) != null) {
                return IntParse.parse(BytesTextBuiltins.arg(x), bv);
            }
            throw PyErrors.typeError(null, "int() can't convert non-string with explicit base");
        }
        return toInt(x);
    }

    /** {@code int(x)} for one argument: CPython's {@code PyNumber_Long}. */
    @TruffleBoundary
    public static Object toInt(Object x) {
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        } else if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (x instanceof Double d) {
            return FloatOps.toInt(d);
        } else if (x instanceof TruffleString s) {
            return IntParse.parse(PyStrings.toJava(s), 10);
        } else if (BytesBuiltins.bytesOrNull(x) != null) {
            return IntParse.parse(BytesTextBuiltins.arg(x), 10);
        }
        PyType type = BuiltinHelpers.types().typeOf(x);
        Object m = type.lookup("__int__");
        if (m != null && m != PyNone.NONE) {
            Object r = PyBoxedValue.unbox(CallDispatchNode.callUncached(m, x));
            if (r instanceof Long || r instanceof BigInteger) {
                return r;
            } else if (r instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            throw PyErrors.typeError(null, "__int__ returned non-int (type %s)", BuiltinHelpers.typeName(r));
        }
        Object index = BuiltinHelpers.indexOrNull(x);
        if (index != null) {
            return index;
        }
        m = type.lookup("__trunc__");
        if (m != null && m != PyNone.NONE) {
            Object r = CallDispatchNode.callUncached(m, x);
            if (r instanceof Long || r instanceof BigInteger) {
                return r;
            } else if (r instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            Object i = BuiltinHelpers.indexOrNull(r);
            if (i == null) {
                throw PyErrors.typeError(null, "__trunc__ returned non-Integral (type %s)", BuiltinHelpers.typeName(r));
            }
            return i;
        }
        if (x instanceof PyBoxedValue b) {
            // a subclass of str (or float) that defines none of the conversions: parse its value
            return toInt(b.value());
        }
        throw PyErrors.typeError(null, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                        type.getName());
    }
}
