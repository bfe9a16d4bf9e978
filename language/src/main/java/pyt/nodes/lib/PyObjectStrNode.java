package pyt.nodes.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyBaseException;
import pyt.runtime.PyBoxedValue;
import pyt.runtime.PyBuiltinFunction;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/** {@code str(x)}: strings as they are, else {@code __str__}, which defaults to {@code repr}. */
public final class PyObjectStrNode {
    private PyObjectStrNode() {
    }

    @TruffleBoundary
    public static TruffleString str(Object value) {
        if (value instanceof TruffleString s) {
            return s;
        }
        return PyStrings.of(strUncached(value));
    }

    @TruffleBoundary
    public static String strUncached(Object value) {
        if (value instanceof TruffleString s) {
            return PyStrings.toJava(s);
        }
        if (value instanceof Long || value instanceof Double || value instanceof Boolean || value == PyNone.NONE) {
            // their classes cannot be patched, and their __str__ is their repr
            return PyObjectReprNode.reprUncached(value);
        }
        PyType type = PytLanguage.get(null).types().typeOf(value);
        Object str = type.lookup("__str__");
        if (str != null && !(str instanceof PyBuiltinFunction b && b.getOwner() == PytLanguage.get(null).types().object)) {
            Object r = CallDispatchNode.callUncached(str, value);
            if (PyBoxedValue.unbox(r) instanceof TruffleString s) {
                return PyStrings.toJava(s);
            }
            throw PyErrors.typeError(null, "__str__ returned non-string (type %s)", PyErrors.typeName(r));
        }
        if (value instanceof pyt.runtime.PySyntaxError se && se.details() != null) {
            PyTuple d = se.details();
            String msg = strUncached(se.getArgs().get(0));
            String file = d.get(0) instanceof TruffleString f ? PyStrings.toJava(f) : null;
            int slash = file == null ? -1 : file.lastIndexOf('/');
            String shortName = file == null ? null : file.substring(slash + 1);
            return shortName == null ? msg + " (line " + d.get(1) + ")" : msg + " (" + shortName + ", line " + d.get(1) + ")";
        }
        if (value instanceof PyBaseException e) {
            PyTuple args = e.getArgs();
            if (args.size() == 0) {
                return "";
            }
            if (args.size() == 1) {
                return strUncached(args.get(0));
            }
            return PyObjectReprNode.reprUncached(args);
        }
        return PyObjectReprNode.reprUncached(value);
    }
}
