package pyt.nodes.pattern;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.PytLanguage;
import pyt.builtins.BuiltinFunctions;
import pyt.builtins.BuiltinObjectFunctions;
import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.lib.PyIterNextNode;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.nodes.lib.PyObjectGetItemNode;
import pyt.nodes.lib.PyObjectGetIterNode;
import pyt.nodes.lib.PyObjectReprNode;
import pyt.runtime.BuiltinTypes;
import pyt.runtime.PyDict;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyList;
import pyt.runtime.PyObject;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/**
 * The slow paths of pattern matching, after CPython's {@code MATCH_SEQUENCE},
 * {@code MATCH_MAPPING}, {@code MATCH_KEYS} and {@code MATCH_CLASS} (ceval.c).
 */
final class MatchProtocol {
    /** {@code Py_TPFLAGS_SEQUENCE} and {@code Py_TPFLAGS_MAPPING}, as {@code __abc_tpflags__} spells them. */
    static final long SEQUENCE = 1 << 5;
    static final long MAPPING = 1 << 6;

    private MatchProtocol() {
    }

    private static BuiltinTypes types() {
        return PytLanguage.get(null).types();
    }

    /**
     * The collection flag of a class: list, tuple and range are sequences, dict is a mapping, and
     * so are their subclasses; an ABC (a class with a metaclass) declares itself one through
     * {@code __abc_tpflags__}, as {@code collections.abc.Sequence} and {@code Mapping} do.
     * str, bytes and bytearray are none.
     */
    @TruffleBoundary
    static long collectionFlags(Object value) {
        BuiltinTypes types = types();
        for (PyType t : types.typeOf(value).getMro()) {
            if (t == types.list || t == types.tuple || t == types.range) {
                return SEQUENCE;
            } else if (t == types.dict) {
                return MAPPING;
            } else if (t.getMetaclass() != null && t.getOwn("__abc_tpflags__") instanceof Long flags && (flags & (SEQUENCE | MAPPING)) != 0) {
                return flags & (SEQUENCE | MAPPING);
            }
        }
        return 0;
    }

    @TruffleBoundary
    static long length(Object value) {
        return BuiltinFunctions.length(value);
    }

    @TruffleBoundary
    static Object item(Object sequence, long index) {
        return PyObjectGetItemNode.getItemUncached(sequence, index);
    }

    /**
     * {@code UNPACK_SEQUENCE n} (star &lt; 0) or {@code UNPACK_EX}: the items of a sequence, with
     * a new list at the star's position.
     */
    @TruffleBoundary
    static Object[] unpack(Node location, Object sequence, int n, int star) {
        Object it = PyObjectGetIterNode.getIterUncached(sequence);
        int before = star < 0 ? n : star;
        Object[] result = new Object[n];
        for (int i = 0; i < before; i++) {
            Object v = PyIterNextNode.next(it);
            if (v == null) {
                throw star < 0 ? PyErrors.valueError(location, "not enough values to unpack (expected %d, got %d)", n, i)
                                : PyErrors.valueError(location, "not enough values to unpack (expected at least %d, got %d)", n - 1, i);
            }
            result[i] = v;
        }
        if (star < 0) {
            if (PyIterNextNode.next(it) != null) {
                throw PyErrors.valueError(location, "too many values to unpack (expected %d)", n);
            }
            return result;
        }
        ArrayList<Object> rest = new ArrayList<>();
        Object v;
        while ((v = PyIterNextNode.next(it)) != null) {
            rest.add(v);
        }
        int after = n - 1 - star;
        if (rest.size() < after) {
            throw PyErrors.valueError(location, "not enough values to unpack (expected at least %d, got %d)", n - 1, star + rest.size());
        }
        int middle = rest.size() - after;
        result[star] = new PyList(rest.subList(0, middle).toArray());
        for (int i = 0; i < after; i++) {
            result[star + 1 + i] = rest.get(middle + i);
        }
        return result;
    }

    /**
     * {@code MATCH_KEYS}: the values of {@code keys} in a mapping, read with {@code get(key, dummy)}
     * so that no {@code __missing__} runs, or null when a key is absent.
     */
    @TruffleBoundary
    static Object[] matchKeys(Node location, Object mapping, Object[] keys) {
        BuiltinTypes types = types();
        boolean exactDict = mapping instanceof PyDict && types.typeOf(mapping) == types.dict;
        Object get = exactDict ? null : PyObjectGetAttrNode.getUncached(mapping, "get");
        Object dummy = exactDict ? null : new PyObject(types.object.getInstanceShape());
        PyDict seen = new PyDict();
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Object key = keys[i];
            if (seen.containsKey(key)) {
                throw PyErrors.valueError(location, "mapping pattern checks duplicate key (%s)", PyObjectReprNode.reprUncached(key));
            }
            seen.put(key, key);
            Object value = exactDict ? ((PyDict) mapping).get(key) : CallDispatchNode.callUncached(get, key, dummy);
            if (value == null || value == dummy) {
                return null;
            }
            values[i] = value;
        }
        return values;
    }

    /** The {@code **rest} of a mapping pattern: {@code rest = {}; rest.update(mapping)}, then {@code del rest[key]} for each key. */
    @TruffleBoundary
    static PyDict mappingRest(Node location, Object mapping, Object[] keys) {
        PyDict rest;
        if (mapping instanceof PyDict d) {
            rest = d.copy();
        } else {
            rest = new PyDict();
            CallDispatchNode.callUncached(PyObjectGetAttrNode.getUncached(rest, "update"), mapping);
        }
        for (Object key : keys) {
            if (rest.remove(key) == null) {
                throw PyErrors.raiseWithArgs(location, types().KeyError, key);
            }
        }
        return rest;
    }

    /**
     * {@code MATCH_CLASS}: the isinstance test, then the attributes named by {@code __match_args__}
     * for the positional subpatterns and by the keywords; null when the subject is not an instance
     * or lacks an attribute.
     */
    @TruffleBoundary
    static Object[] matchClass(Node location, Object subject, Object cls, int positional, String[] keywords) {
        if (!(cls instanceof PyType type)) {
            throw PyErrors.typeError(location, "called match pattern must be a type");
        }
        if (!BuiltinObjectFunctions.isInstance(subject, type)) {
            return null;
        }
        Object[] attrs = new Object[positional + keywords.length];
        ArrayList<String> seen = new ArrayList<>();
        if (positional > 0) {
            Object matchArgs = getAttrOrNull(type, "__match_args__");
            boolean matchSelf = false;
            int allowed;
            if (matchArgs != null) {
                if (!(matchArgs instanceof PyTuple)) {
                    throw PyErrors.typeError(location, "%s.__match_args__ must be a tuple (got %s)", type.getName(), PyErrors.typeName(matchArgs));
                }
                allowed = ((PyTuple) matchArgs).size();
            } else {
                matchSelf = matchesSelf(type);
                allowed = matchSelf ? 1 : 0;
            }
            if (allowed < positional) {
                throw PyErrors.typeError(location, "%s() accepts %d positional sub-pattern%s (%d given)", type.getName(), allowed,
                                allowed == 1 ? "" : "s", positional);
            }
            if (matchSelf) {
                attrs[0] = subject;
            } else {
                for (int i = 0; i < positional; i++) {
                    Object name = ((PyTuple) matchArgs).get(i);
                    if (!(name instanceof TruffleString s)) {
                        throw PyErrors.typeError(location, "__match_args__ elements must be strings (got %s)", PyErrors.typeName(name));
                    }
                    attrs[i] = classAttribute(location, subject, type, s.toJavaStringUncached(), seen);
                    if (attrs[i] == null) {
                        return null;
                    }
                }
            }
        }
        for (int i = 0; i < keywords.length; i++) {
            Object attr = classAttribute(location, subject, type, keywords[i], seen);
            if (attr == null) {
                return null;
            }
            attrs[positional + i] = attr;
        }
        return attrs;
    }

    private static Object classAttribute(Node location, Object subject, PyType type, String name, ArrayList<String> seen) {
        if (seen.contains(name)) {
            throw PyErrors.typeError(location, "%s() got multiple sub-patterns for attribute %s", type.getName(),
                            PyObjectReprNode.reprUncached(pyt.runtime.PyStrings.of(name)));
        }
        seen.add(name);
        return getAttrOrNull(subject, name);
    }

    /** {@code getattr(obj, name)}, or null where it raises AttributeError. */
    private static Object getAttrOrNull(Object obj, String name) {
        try {
            return PyObjectGetAttrNode.getUncached(obj, name);
        } catch (PyException e) {
            if (e.getPyType().isSubtypeOf(PyErr.AttributeError.get(types()))) {
                return null;
            }
            throw e;
        }
    }

    /** {@code _Py_TPFLAGS_MATCH_SELF}: instances of these builtins (and their subclasses) match {@code C(x)} as a whole. */
    private static boolean matchesSelf(PyType type) {
        BuiltinTypes t = types();
        for (PyType c : type.getMro()) {
            if (c == t.bool || c == t.bytearray || c == t.bytes || c == t.dict || c == t.float_ || c == t.frozenset || c == t.int_
                            || c == t.list || c == t.set || c == t.str || c == t.tuple) {
                return true;
            }
        }
        return false;
    }
}
