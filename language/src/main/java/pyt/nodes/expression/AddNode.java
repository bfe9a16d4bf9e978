package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.runtime.PyList;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.SubclassableValue;
import pyt.runtime.numbers.IntOps;

/**
 * {@code a + b}. Ints stay longs until {@code Math.addExact} overflows, then become big ints;
 * floats and mixed int/float add as doubles; str, list and tuple concatenate; everything else
 * (bools, big ints, user classes) takes the general paths.
 */
@GenerateUncached
@ImportStatic({Arithmetic.class, SubclassableValue.class})
public abstract class AddNode extends BinaryOpNode {

    @Override
    protected BinaryOp op() {
        return BinaryOp.ADD;
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long doLong(long a, long b) {
        return Math.addExact(a, b);
    }

    @Specialization(replaces = "doLong")
    static Object doLongOverflow(long a, long b) {
        return IntOps.add(a, b);
    }

    @Specialization
    static double doDouble(double a, double b) {
        return a + b;
    }

    @Specialization
    static double doLongDouble(long a, double b) {
        return a + b;
    }

    @Specialization
    static double doDoubleLong(double a, long b) {
        return a + b;
    }

    @Specialization(guards = {"isNumber(a)", "isNumber(b)"})
    static Object doNumbers(Object a, Object b, @Bind Node node) {
        return Arithmetic.add(node, a, b);
    }

    @Specialization
    static TruffleString doStr(TruffleString a, TruffleString b, @Cached TruffleString.ConcatNode concat) {
        return concat.execute(a, b, PyStrings.ENCODING, true);
    }

    @Specialization(guards = {"isExact(a)", "isExact(b)"})
    static PyList doList(PyList a, PyList b) {
        return SequenceOps.concat(a, b);
    }

    @Specialization(guards = {"isExact(a)", "isExact(b)"})
    static PyTuple doTuple(PyTuple a, PyTuple b) {
        return SequenceOps.concat(a, b);
    }

    @Fallback
    Object doGeneric(Object a, Object b, @Cached BinaryDunderNode dunder) {
        return dunder.execute(a, b, op());
    }
}
