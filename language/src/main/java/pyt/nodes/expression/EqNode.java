package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.lib.PyObjectIsTrueNode;
import pyt.runtime.PyDict;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.runtime.PySet;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.SubclassableValue;

/**
 * {@code a == b}: numbers by value across int, float and bool (exactly, NaN unequal to
 * everything), strs by code points, tuples and lists item by item (identical items are equal,
 * as in CPython), dicts and sets by content; other values through {@code __eq__}, falling back
 * to identity.
 */
@GenerateUncached
@ImportStatic({Arithmetic.class, SubclassableValue.class})
public abstract class EqNode extends CompareNode {

    @Specialization
    static boolean doLong(long a, long b) {
        return a == b;
    }

    @Specialization
    static boolean doDouble(double a, double b) {
        return a == b;
    }

    @Specialization
    static boolean doLongDouble(long a, double b) {
        return CompareOp.EQ.test(Comparisons.compareLongDouble(a, b));
    }

    @Specialization
    static boolean doDoubleLong(double a, long b) {
        return Comparisons.compareLongDouble(b, a) == 0;
    }

    @Specialization
    static boolean doBoolean(boolean a, boolean b) {
        return a == b;
    }

    @Specialization(guards = {"isNumber(a)", "isNumber(b)"})
    static boolean doNumbers(Object a, Object b) {
        return CompareOp.EQ.test(Comparisons.compareNumbers(a, b));
    }

    @Specialization
    static boolean doStr(TruffleString a, TruffleString b, @Cached TruffleString.EqualNode equal) {
        return equal.execute(a, b, PyStrings.ENCODING);
    }

    @Specialization
    static boolean doNone(PyNone a, PyNone b) {
        return a == b;
    }

    @Specialization(guards = {"isExact(a)", "isExact(b)"})
    static boolean doTuple(PyTuple a, PyTuple b, @Shared @Cached EqNode item, @Shared @Cached PyObjectIsTrueNode isTrue) {
        return (a.size() == b.size() && Comparisons.mismatch(a.items(), a.size(), b.items(), b.size(), item, isTrue) < 0);
    }

    @Specialization(guards = {"isExact(a)", "isExact(b)"})
    static boolean doList(PyList a, PyList b, @Shared @Cached EqNode item, @Shared @Cached PyObjectIsTrueNode isTrue) {
        return (a.size() == b.size() && Comparisons.mismatch(a.rawItems(), a.size(), b.rawItems(), b.size(), item, isTrue) < 0);
    }

    @Specialization(guards = {"isExact(a)", "isExact(b)"})
    static boolean doDict(PyDict a, PyDict b) {
        return Comparisons.dictEquals(a, b);
    }

    @Specialization(guards = {"isExact(a)", "isExact(b)"})
    static boolean doSet(PySet a, PySet b) {
        return Comparisons.setEquals(a, b);
    }

    @Fallback
    static Object doGeneric(Object a, Object b, @Cached RichCompareDunderNode dunder) {
        return dunder.execute(a, b, CompareOp.EQ);
    }
}
