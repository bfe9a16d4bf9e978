package pyt.nodes.lib;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyBoxedValue;
import pyt.runtime.PyBuiltinFunction;
import pyt.runtime.PyErrors;
import pyt.runtime.PyStrings;
import pyt.runtime.PyType;
import pyt.runtime.numbers.FloatFormat;
import pyt.runtime.numbers.FormatSpec;
import pyt.runtime.numbers.IntFormat;

/** {@code format(value, spec)}: the format mini-language for builtin types, else {@code __format__}. */
public final class PyObjectFormatNode {
    private PyObjectFormatNode() {
    }

    @TruffleBoundary
    public static String formatUncached(Object value, String spec) {
        PyType type = PytLanguage.get(null).types().typeOf(value);
        Object custom = type.lookup("__format__");
        if (custom != null && !(custom instanceof PyBuiltinFunction b && b.getOwner() != null && b.getOwner().getModule().equals("builtins"))) {
            Object r = CallDispatchNode.callUncached(custom, value, PyStrings.of(spec));
            if (r instanceof TruffleString s) {
                return PyStrings.toJava(s);
            }
            throw PyErrors.typeError(null, "__format__ must return a str, not %s", PyErrors.typeName(r));
        }
        if (value instanceof PyBoxedValue boxed && !spec.isEmpty()) {
            // an empty spec means str(value), which the subclass may define
            return formatUncached(boxed.value(), spec);
        }
        if (value instanceof Boolean b) {
            if (spec.isEmpty()) {
                return b ? "True" : "False";
            }
            return IntFormat.format(b ? 1L : 0L, FormatSpec.parse(spec, "bool", 'd', '>'), "bool", IntFormat.DEFAULT_MAX_STR_DIGITS);
        } else if (value instanceof Long || value instanceof BigInteger) {
            return IntFormat.format(value, FormatSpec.parse(spec, "int", 'd', '>'));
        } else if (value instanceof Double d) {
            return FloatFormat.format(d, FormatSpec.parse(spec, "float", FormatSpec.NO_TYPE, '>'));
        } else if (value instanceof TruffleString s) {
            return FormatSpec.formatString(PyStrings.toJava(s), FormatSpec.parse(spec, "str", 's', '<'), "str");
        }
        if (!spec.isEmpty()) {
            throw PyErrors.typeError(null, "unsupported format string passed to %s.__format__", type.getName());
        }
        return PyObjectStrNode.strUncached(value);
    }
}
