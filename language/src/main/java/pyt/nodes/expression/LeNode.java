package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.lib.PyObjectIsTrueNode;
import pyt.runtime.PyList;
import pyt.runtime.PyTuple;
import pyt.runtime.SubclassableValue;

/**
 * {@code a <= b}: numbers exactly across int, float and bool (false with a NaN); strs by code
 * points; tuples and lists lexicographically, the first unequal items deciding; other values
 * through the special methods, else CPython's TypeError.
 */
@GenerateUncached
@ImportStatic({Arithmetic.class, SubclassableValue.class})
public abstract class LeNode extends CompareNode {

    @Specialization
    static boolean doLong(long a, long b) {
        return a <= b;
    }

    @Specialization
    static boolean doDouble(double a, double b) {
        return a <= b;
    }

    @Specialization
    static boolean doLongDouble(long a, double b) {
        return CompareOp.LE.test(Comparisons.compareLongDouble(a, b));
    }

    @Specialization
    static boolean doDoubleLong(double a, long b) {
        int c = Comparisons.compareLongDouble(b, a);
        return CompareOp.LE.test(c == Comparisons.UNORDERED ? c : -c);
    }

    @Specialization(guards = {"isNumber(a)", "isNumber(b)"})
    static boolean doNumbers(Object a, Object b) {
        return CompareOp.LE.test(Comparisons.compareNumbers(a, b));
    }

    @Specialization
    static boolean doStr(TruffleString a, TruffleString b, @Cached TruffleString.CompareIntsUTF32Node compare) {
        return compare.execute(a, b) <= 0;
    }

    @Specialization(guards = {"isExact(a)", "isExact(b)"})
    static Object doTuple(PyTuple a, PyTuple b, @Shared @Cached EqNode eq, @Shared @Cached PyObjectIsTrueNode isTrue, @Shared @Cached LeNode item) {
        int i = Comparisons.mismatch(a.items(), a.size(), b.items(), b.size(), eq, isTrue);
        return i < 0 ? Comparisons.compareLengths(CompareOp.LE, a.size(), b.size()) : item.execute(a.get(i), b.get(i));
    }

    @Specialization(guards = {"isExact(a)", "isExact(b)"})
    static Object doList(PyList a, PyList b, @Shared @Cached EqNode eq, @Shared @Cached PyObjectIsTrueNode isTrue, @Shared @Cached LeNode item) {
        int i = Comparisons.mismatch(a.rawItems(), a.size(), b.rawItems(), b.size(), eq, isTrue);
        if (i < 0 || i >= a.size() || i >= b.size()) {
            return Comparisons.compareLengths(CompareOp.LE, a.size(), b.size());
        }
        return item.execute(a.get(i), b.get(i));
    }

    @Fallback
    static Object doGeneric(Object a, Object b, @Cached RichCompareDunderNode dunder) {
        return dunder.execute(a, b, CompareOp.LE);
    }
}
