package pyt.nodes.lib;

import java.math.BigInteger;
import java.util.IdentityHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyBaseException;
import pyt.runtime.PyBoxedValue;
import pyt.runtime.PyBuiltinFunction;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyFunction;
import pyt.runtime.PyList;
import pyt.runtime.PyMethod;
import pyt.runtime.PyModule;
import pyt.runtime.PyNone;
import pyt.runtime.PyObject;
import pyt.runtime.PyRange;
import pyt.runtime.PySet;
import pyt.runtime.PySingleton;
import pyt.runtime.PySlice;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.numbers.FloatRepr;
import pyt.runtime.text.StrRepr;

/** {@code repr(x)}: builtin values directly, everything else through {@code __repr__}. */
public final class PyObjectReprNode {
    private static final ThreadLocal<IdentityHashMap<Object, Object>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    private PyObjectReprNode() {
    }

    @TruffleBoundary
    public static TruffleString repr(Object value) {
        return PyStrings.of(reprUncached(value));
    }

    @TruffleBoundary
    public static String reprUncached(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
            return value.toString();
        } else if (value instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (value instanceof Double d) {
            return FloatRepr.repr(d);
        } else if (value instanceof TruffleString s) {
            return StrRepr.repr(PyStrings.toJava(s));
        } else if (value == PyNone.NONE) {
            return "None";
        } else if (value instanceof PySingleton) {
            return value.toString();
        }
        PyType type = PytLanguage.get(null).types().typeOf(value);
        Object repr = type.lookup("__repr__");
        if (repr != null && !(repr instanceof PyBuiltinFunction b && b.getOwner() == PytLanguage.get(null).types().object)) {
            Object r = CallDispatchNode.callUncached(repr, value);
            if (PyBoxedValue.unbox(r) instanceof TruffleString s) {
                return PyStrings.toJava(s);
            }
            throw PyErrors.typeError(null, "__repr__ returned non-string (type %s)", PyErrors.typeName(r));
        }
        return builtinRepr(value, type);
    }

    private static String builtinRepr(Object value, PyType type) {
        if (value instanceof PyList || value instanceof PyTuple || value instanceof PyDict || value instanceof PySet) {
            IdentityHashMap<Object, Object> active = ACTIVE.get();
            if (active.containsKey(value)) {
                return value instanceof PyList ? "[...]" : value instanceof PyDict ? "{...}" : "(...)";
            }
            active.put(value, value);
            try {
                return containerRepr(value);
            } finally {
                active.remove(value);
            }
        } else if (value instanceof PyFunction f) {
            return "<function " + f.getQualname() + " at " + address(f) + ">";
        } else if (value instanceof PyBuiltinFunction f) {
            return f.getOwner() == null ? "<built-in function " + f.getName() + ">"
                            : "<method '" + f.getName() + "' of '" + f.getOwner().getName() + "' objects>";
        } else if (value instanceof PyMethod m) {
            if (m.getFunction() instanceof PyBuiltinFunction f) {
                return "<built-in method " + f.getName() + " of " + PyErrors.typeName(m.getSelf()) + " object at " + address(m.getSelf()) + ">";
            }
            String name = m.getFunction() instanceof PyFunction f ? f.getQualname() : "?";
            return "<bound method " + name + " of " + reprUncached(m.getSelf()) + ">";
        } else if (value instanceof PyType t) {
            return t.toString();
        } else if (value instanceof PyModule m) {
            return "<module '" + m.getName() + "' (built-in)>";
        } else if (value instanceof PyRange r) {
            return r.step() == 1 ? "range(" + r.start() + ", " + r.stop() + ")" : "range(" + r.start() + ", " + r.stop() + ", " + r.step() + ")";
        } else if (value instanceof PySlice s) {
            return "slice(" + reprUncached(s.start()) + ", " + reprUncached(s.stop()) + ", " + reprUncached(s.step()) + ")";
        } else if (value instanceof PyBaseException e) {
            PyTuple args = e.getArgs();
            String name = type.getName();
            if (args.size() == 1) {
                return name + "(" + reprUncached(args.get(0)) + ")";
            }
            return name + containerRepr(args);
        }
        String module = type.getModule();
        String prefix = module == null || module.equals("builtins") ? "" : module + ".";
        return "<" + prefix + type.getQualname() + " object at " + address(value) + ">";
    }

    private static String containerRepr(Object value) {
        StringBuilder sb = new StringBuilder();
        if (value instanceof PyList l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(reprUncached(l.get(i)));
            }
            return sb.append(']').toString();
        } else if (value instanceof PyTuple t) {
            sb.append('(');
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(reprUncached(t.get(i)));
            }
            return sb.append(t.size() == 1 ? ",)" : ")").toString();
        } else if (value instanceof PyDict d) {
            sb.append('{');
            boolean first = true;
            for (Object[] e : d.entries()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(reprUncached(e[0])).append(": ").append(reprUncached(e[1]));
            }
            return sb.append('}').toString();
        }
        PySet s = (PySet) value;
        Object[] items = s.items();
        if (items.length == 0) {
            return s.isFrozen() ? "frozenset()" : "set()";
        }
        sb.append(s.isFrozen() ? "frozenset({" : "{");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(reprUncached(items[i]));
        }
        return sb.append(s.isFrozen() ? "})" : "}").toString();
    }

    /** A stable fake address, as CPython shows {@code id()} in reprs. */
    public static String address(Object value) {
        return String.format("0x%012x", pyt.runtime.ObjectIds.id(value));
    }

    static boolean isPlainObject(Object value) {
        return value instanceof PyObject;
    }
}
