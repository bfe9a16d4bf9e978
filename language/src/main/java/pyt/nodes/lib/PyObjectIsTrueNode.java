package pyt.nodes.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/** Truth testing, as CPython's {@code PyObject_IsTrue}: {@code __bool__}, then {@code __len__}, else true. */
@GenerateUncached
public abstract class PyObjectIsTrueNode extends Node {

    public abstract boolean execute(Object value);

    @Specialization
    static boolean doBoolean(boolean value) {
        return value;
    }

    @Specialization
    static boolean doLong(long value) {
        return value != 0;
    }

    @Specialization
    static boolean doDouble(double value) {
        return value != 0.0;
    }

    @Specialization
    static boolean doString(TruffleString value) {
        return !value.isEmpty();
    }

    @Specialization
    static boolean doNone(@SuppressWarnings("unused") PyNone value) {
        return false;
    }

    @Specialization
    static boolean doList(PyList value) {
        return value.size() != 0;
    }

    @Specialization
    static boolean doTuple(PyTuple value) {
        return value.size() != 0;
    }

    @Fallback
    @TruffleBoundary
    static boolean doGeneric(Object value) {
        return isTrueUncached(value);
    }

    @TruffleBoundary
    public static boolean isTrueUncached(Object value) {
        if (value instanceof Boolean b) {
            return b;
        } else if (value instanceof Long l) {
            return l != 0;
        } else if (value instanceof java.math.BigInteger) {
            return true;
        } else if (value instanceof Double d) {
            return d != 0.0;
        } else if (value instanceof TruffleString s) {
            return !s.isEmpty();
        } else if (value instanceof PyNone) {
            return false;
        }
        PyType type = PytLanguage.get(null).types().typeOf(value);
        Object bool = type.lookup("__bool__");
        if (bool != null && bool != PyNone.NONE) {
            Object r = CallDispatchNode.callUncached(bool, value);
            if (r instanceof Boolean b) {
                return b;
            }
            throw PyErrors.typeError(null, "__bool__ should return bool, returned %s", PyErrors.typeName(r));
        }
        Object len = type.lookup("__len__");
        if (len != null) {
            Object r = CallDispatchNode.callUncached(len, value);
            if (r instanceof Long l) {
                if (l < 0) {
                    throw PyErrors.valueError(null, "__len__() should return >= 0");
                }
                return l != 0;
            }
            if (r instanceof Boolean b) {
                return b;
            }
            throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyErrors.typeName(r));
        }
        return true;
    }
}
