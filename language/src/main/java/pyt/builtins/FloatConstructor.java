package pyt.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyBoxedValue;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.PyType;
import pyt.runtime.numbers.FloatParse;
import pyt.runtime.numbers.IntOps;
import pyt.runtime.numbers.NumericError;

/** {@code float(x=0.0, /)}: {@code float.__new__}; the other methods of float are in FloatBuiltins. */
@BuiltinClass(name = "float")
public final class FloatConstructor {
    private FloatConstructor() {
    }

    @Builtin(name = "__new__", signature = "(cls, x=_, /)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Binary {
        @Specialization
        Object create(Object cls, Object x) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(BuiltinHelpers.types().float_)) {
                throw PyErrors.typeError(null, "float.__new__(X): X is not a subtype of float");
            }
            try {
                return PyBoxedValue.ofClass(x == PyNone.NO_VALUE ? 0.0 : toFloat(x), t, BuiltinHelpers.types().float_);
            } catch (NumericError e) {
                throw BuiltinHelpers.raise(this, e);
            }
        }
    }

    /** {@code float(x)}: CPython's {@code PyNumber_Float}. */
    @TruffleBoundary
    public static double toFloat(Object x) {
        if (x instanceof Double d) {
            return d;
        } else if (x instanceof Long || x instanceof BigInteger) {
            return IntOps.toDouble(x);
        } else if (x instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        } else if (x instanceof TruffleString s) {
            return FloatParse.parse(PyStrings.toJava(s));
        } else if (BytesBuiltins.bytesOrNull(x) != null) {
            return FloatParse.parse(BytesTextBuiltins.arg(x));
        }
        PyType type = BuiltinHelpers.types().typeOf(x);
        Object m = type.lookup("__float__");
        if (m != null && m != PyNone.NONE) {
            Object r = PyBoxedValue.unbox(CallDispatchNode.callUncached(m, x));
            if (r instanceof Double d) {
                return d;
            }
            throw PyErrors.typeError(null, "%s.__float__ returned non-float (type %s)", type.getName(), BuiltinHelpers.typeName(r));
        }
        Object index = BuiltinHelpers.indexOrNull(x);
        if (index != null) {
            return IntOps.toDouble(index);
        }
        if (x instanceof PyBoxedValue b) {
            // a subclass of str that defines no conversion: parse its value
            return toFloat(b.value());
        }
        throw PyErrors.typeError(null, "float() argument must be a string or a real number, not '%s'", type.getName());
    }
}
