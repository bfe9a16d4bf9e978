package pyt.runtime.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Java stand-ins for Python values in the formatting tests (Long/BigInteger/Boolean/Double/String,
 * Object[] as tuple, Map as dict, List as list), with their Python literals and the callbacks of
 * {@link PercentFormat} and {@link StrFormat} over them.
 */
final class TestValues implements PercentFormat.Callbacks {
    static String py(Object v) {
        if (v instanceof String s) {
            return PythonOracle.py(s);
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Double d) {
            if (d.isNaN()) {
                return "float('nan')";
            }
            if (d.isInfinite()) {
                return d > 0 ? "float('inf')" : "float('-inf')";
            }
            return "float.fromhex('" + Double.toHexString(d) + "')";
        }
        if (v instanceof Object[] arr) {
            StringBuilder sb = new StringBuilder("(");
            for (Object o : arr) {
                sb.append(py(o)).append(", ");
            }
            return sb.append(')').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : l) {
                sb.append(py(o)).append(", ");
            }
            return sb.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, x) -> sb.append(py(k)).append(": ").append(py(x)).append(", "));
            return sb.append('}').toString();
        }
        if (v == null) {
            return "None";
        }
        return v.toString();
    }

    @Override
    public String str(Object v) {
        if (v instanceof String s) {
            return s;
        }
        return repr(v);
    }

    @Override
    public String repr(Object v) {
        if (v instanceof String s) {
            return StrRepr.repr(s);
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : l) {
                sb.append(sb.length() > 1 ? ", " : "").append(repr(o));
            }
            return sb.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, x) -> sb.append(sb.length() > 1 ? ", " : "").append(repr(k)).append(": ").append(repr(x)));
            return sb.append('}').toString();
        }
        if (v instanceof Object[] || v instanceof Double) {
            throw new UnsupportedOperationException("not used by the tests: repr of " + v);
        }
        return v == null ? "None" : v.toString();
    }

    @Override
    public String ascii(Object v) {
        return v instanceof String s ? StrRepr.ascii(s) : repr(v);
    }

    @Override
    public String strValue(Object v) {
        return v instanceof String s ? s : null;
    }

    @Override
    public String typeName(Object v) {
        if (v instanceof String) {
            return "str";
        } else if (v instanceof Boolean) {
            return "bool";
        } else if (v instanceof Long || v instanceof BigInteger) {
            return "int";
        } else if (v instanceof Double) {
            return "float";
        } else if (v instanceof Object[]) {
            return "tuple";
        } else if (v instanceof List) {
            return "list";
        } else if (v instanceof Map) {
            return "dict";
        }
        return "NoneType";
    }

    @Override
    public boolean isTuple(Object v) {
        return v instanceof Object[];
    }

    @Override
    public Object[] tupleItems(Object tuple) {
        return (Object[]) tuple;
    }

    @Override
    public boolean isMapping(Object v) {
        return v instanceof Map || v instanceof List;
    }

    @Override
    public Object getItem(Object mapping, String key) {
        if (mapping instanceof Map<?, ?> m && m.containsKey(key)) {
            return m.get(key);
        }
        throw new TextError(TextError.Kind.KeyError, StrRepr.repr(key));
    }

    @Override
    public Object exactInt(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return v instanceof Long || v instanceof BigInteger ? v : null;
    }

    @Override
    public Object index(Object v) {
        return exactInt(v);
    }

    @Override
    public Object toInt(Object v) {
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new TextError(TextError.Kind.ValueError, "test cannot convert");
            }
            return new BigDecimal(d).toBigInteger();
        }
        return exactInt(v);
    }

    @Override
    public Double toFloat(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        Object i = exactInt(v);
        return i == null ? null : ((Number) i).doubleValue();
    }
}
