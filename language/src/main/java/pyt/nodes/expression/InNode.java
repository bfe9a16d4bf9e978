package pyt.nodes.expression;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.lib.DictStrLookupNode;
import pyt.nodes.lib.PyIterNextNode;
import pyt.nodes.lib.PyObjectGetIterNode;
import pyt.nodes.lib.PyObjectIsTrueNode;
import pyt.nodes.lib.PyObjectIsTrueNodeGen;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyIterator;
import pyt.runtime.PyList;
import pyt.runtime.PyRange;
import pyt.runtime.PySet;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.SubclassableValue;
import pyt.runtime.PyType;

/**
 * {@code item in container}: substring search for strs; identity or {@code ==} against each
 * item of a list or tuple; hashing for dicts and sets; arithmetic for ranges and ints; else
 * {@code __contains__}, else iteration, else CPython's TypeError.
 */
@GenerateUncached
@ImportStatic(SubclassableValue.class)
public abstract class InNode extends CompareNode {

    @Specialization
    static boolean doStr(TruffleString item, TruffleString s, @Cached TruffleString.ByteIndexOfStringNode indexOf) {
        int length = s.byteLength(PyStrings.ENCODING);
        int itemLength = item.byteLength(PyStrings.ENCODING);
        if (itemLength == 0) {
            return true;
        } else if (itemLength > length) {
            return false;
        }
        return indexOf.execute(s, item, 0, length, PyStrings.ENCODING) >= 0;
    }

    @Specialization(guards = "!isStr(item)")
    static boolean doNotStr(Object item, @SuppressWarnings("unused") TruffleString s, @Bind Node node) {
        throw PyErrors.typeError(node, OperatorErrors.IN_STRING_REQUIRES_STRING, OperatorErrors.typeName(node, item));
    }

    @Specialization(guards = {"isExact(list)"})
    static boolean doList(Object item, PyList list, @Shared @Cached EqNode eq, @Shared @Cached PyObjectIsTrueNode isTrue) {
        // re-reads the size: a user's __eq__ may shrink the list
        for (int i = 0; i < list.size(); i++) {
            Object x = list.get(i);
            if (Comparisons.isIdentical(x, item) || isTrue.execute(eq.execute(x, item))) {
                return true;
            }
        }
        return false;
    }

    @Specialization(guards = {"isExact(tuple)"})
    static boolean doTuple(Object item, PyTuple tuple, @Shared @Cached EqNode eq, @Shared @Cached PyObjectIsTrueNode isTrue) {
        for (int i = 0; i < tuple.size(); i++) {
            Object x = tuple.get(i);
            if (Comparisons.isIdentical(x, item) || isTrue.execute(eq.execute(x, item))) {
                return true;
            }
        }
        return false;
    }

    @Specialization(guards = {"isExact(dict)"})
    static boolean doDictStr(TruffleString item, PyDict dict, @Cached DictStrLookupNode lookup) {
        int e = lookup.execute(dict, item);
        return e == PyDict.UNKNOWN ? dict.containsKey(item) : e >= 0;
    }

    @Specialization(guards = {"isExact(dict)"}, replaces = "doDictStr")
    static boolean doDict(Object item, PyDict dict) {
        return dict.containsKey(item);
    }

    @Specialization(guards = {"isExact(set)"})
    static boolean doSet(Object item, PySet set) {
        if (item instanceof PySet key && !key.isFrozen()) {
            return set.contains(frozenCopy(key));
        }
        return set.contains(item);
    }

    @Specialization
    static boolean doRangeLong(long item, PyRange range) {
        return rangeContains(range, item);
    }

    @Specialization
    static boolean doRangeBoolean(boolean item, PyRange range) {
        return rangeContains(range, item ? 1 : 0);
    }

    @Specialization
    static boolean doRangeBig(@SuppressWarnings("unused") BigInteger item, @SuppressWarnings("unused") PyRange range) {
        // range bounds are longs
        return false;
    }

    @Fallback
    static boolean doGeneric(Object item, Object container,
                    @Bind Node node,
                    @Cached LookupSpecialMethodNode lookup,
                    @Cached CallDispatchNode call,
                    @Shared @Cached PyObjectIsTrueNode isTrue) {
        Object contains = container instanceof PyRange ? null : lookup.execute(Dunders.typeOf(node, container), "__contains__");
        if (contains != null) {
            return isTrue.execute(Dunders.call2(call, contains, container, item));
        }
        return containsByIteration(node, item, container);
    }

    /** CPython looks a set up in a set as the equal frozenset. */
    @TruffleBoundary
    private static PySet frozenCopy(PySet set) {
        PySet frozen = new PySet(true);
        for (Object item : set.items()) {
            frozen.add(item);
        }
        return frozen;
    }

    static boolean isStr(Object v) {
        return v instanceof TruffleString;
    }

    static boolean rangeContains(PyRange r, long v) {
        long start = r.start();
        long step = r.step();
        if (step > 0) {
            // unsigned: the distance may exceed Long.MAX_VALUE
            return start <= v && v < r.stop() && Long.remainderUnsigned(v - start, step) == 0;
        }
        return r.stop() < v && v <= start && Long.remainderUnsigned(start - v, -step) == 0;
    }

    /** CPython's {@code _PySequence_IterSearch}: any item identical or equal. */
    @TruffleBoundary
    static boolean containsByIteration(Node node, Object item, Object container) {
        PyType type = Dunders.typeOf(node, container);
        if (!(container instanceof PyIterator || container instanceof PyRange) && type.lookup("__iter__") == null
                        && type.lookup("__getitem__") == null) {
            throw PyErrors.typeError(node, OperatorErrors.NOT_ITERABLE_ARGUMENT, type.getName());
        }
        Object it = PyObjectGetIterNode.getIterUncached(container);
        EqNode eq = EqNodeGen.getUncached();
        PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.getUncached();
        Object x;
        while ((x = PyIterNextNode.next(it)) != null) {
            if (Comparisons.isIdentical(x, item) || isTrue.execute(eq.execute(x, item))) {
                return true;
            }
        }
        return false;
    }
}
