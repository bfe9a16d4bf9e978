package pyt.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.lib.PyObjectGetItemNode;
import pyt.nodes.lib.PyObjectReprNode;
import pyt.nodes.lib.PyObjectStrNode;
import pyt.runtime.PyBytes;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PyRange;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.numbers.FloatOps;
import pyt.runtime.numbers.NumericError;
import pyt.runtime.text.PercentFormat;
import pyt.runtime.text.TextError;

/** {@code str % args}: connects {@link PercentFormat} to the object model. */
public final class PercentFormatter implements PercentFormat.Callbacks {
    private static final PercentFormatter INSTANCE = new PercentFormatter();

    private PercentFormatter() {
    }

    /** {@code template % args}, raising CPython's exceptions at {@code node}. */
    @TruffleBoundary
    public static TruffleString format(Node node, TruffleString template, Object args) {
        try {
            return PyStrings.of(PercentFormat.format(PyStrings.toJava(template), args, INSTANCE));
        } catch (TextError e) {
            throw OperatorErrors.raise(node, e);
        } catch (NumericError e) {
            throw OperatorErrors.raise(node, e);
        }
    }

    @Override
    public String str(Object v) {
        return PyObjectStrNode.strUncached(v);
    }

    @Override
    public String repr(Object v) {
        return PyObjectReprNode.reprUncached(v);
    }

    /** {@code ascii(v)}: the repr with non-ASCII characters escaped as CPython does. */
    @Override
    public String ascii(Object v) {
        String r = repr(v);
        StringBuilder sb = new StringBuilder(r.length());
        r.codePoints().forEach(c -> {
            if (c < 128) {
                sb.append((char) c);
            } else if (c < 0x100) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return sb.toString();
    }

    @Override
    public String strValue(Object v) {
        return v instanceof TruffleString s ? PyStrings.toJava(s) : null;
    }

    @Override
    public String typeName(Object v) {
        return PyErrors.typeName(v);
    }

    @Override
    public boolean isTuple(Object v) {
        return v instanceof PyTuple;
    }

    @Override
    public Object[] tupleItems(Object tuple) {
        return ((PyTuple) tuple).items();
    }

    @Override
    public boolean isMapping(Object v) {
        if (v instanceof PyDict || v instanceof PyList || v instanceof PyRange || v instanceof PyBytes) {
            return true;
        }
        return !(v instanceof TruffleString) && typeOf(v).lookup("__getitem__") != null;
    }

    @Override
    public Object getItem(Object mapping, String key) {
        return PyObjectGetItemNode.getItemUncached(mapping, PyStrings.of(key));
    }

    @Override
    public Object exactInt(Object v) {
        return Arithmetic.isInt(v) ? Arithmetic.asInt(v) : null;
    }

    @Override
    public Object index(Object v) {
        if (Arithmetic.isInt(v)) {
            return Arithmetic.asInt(v);
        }
        Object index = typeOf(v).lookup("__index__");
        if (index == null) {
            return null;
        }
        return checkedInt(CallDispatchNode.callUncached(index, v), "__index__");
    }

    @Override
    public Object toInt(Object v) {
        if (v instanceof Double d) {
            return FloatOps.toInt(d);
        } else if (Arithmetic.isInt(v)) {
            return Arithmetic.asInt(v);
        }
        PyType type = typeOf(v);
        Object method = type.lookup("__int__");
        if (method != null) {
            return checkedInt(CallDispatchNode.callUncached(method, v), "__int__");
        }
        return index(v);
    }

    @Override
    public Double toFloat(Object v) {
        if (v instanceof Double d) {
            return d;
        } else if (Arithmetic.isInt(v)) {
            return Arithmetic.asDouble(null, v);
        }
        Object method = typeOf(v).lookup("__float__");
        if (method != null) {
            Object r = CallDispatchNode.callUncached(method, v);
            if (r instanceof Double d) {
                return d;
            }
            throw PyErrors.typeError(null, "%s.__float__ returned non-float (type %s)", PyErrors.typeName(v), PyErrors.typeName(r));
        }
        Object i = index(v);
        return i == null ? null : Arithmetic.asDouble(null, i);
    }

    private static Object checkedInt(Object r, String method) {
        if (!Arithmetic.isInt(r)) {
            throw PyErrors.typeError(null, "%s returned non-int (type %s)", method, PyErrors.typeName(r));
        }
        return Arithmetic.asInt(r);
    }

    private static PyType typeOf(Object v) {
        return PytLanguage.get(null).types().typeOf(v);
    }
}
