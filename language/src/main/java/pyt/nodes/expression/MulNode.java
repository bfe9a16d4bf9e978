package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
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
 * {@code a * b}: longs with overflow to big ints, doubles, mixed; str, list and tuple repeated
 * by an int on either side; other counts (bools, {@code __index__}) and user classes through
 * the general paths.
 */
@GenerateUncached
@ImportStatic({Arithmetic.class, SubclassableValue.class})
public abstract class MulNode extends BinaryOpNode {

    @Override
    protected BinaryOp op() {
        return BinaryOp.MUL;
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long doLong(long a, long b) {
        return Math.multiplyExact(a, b);
    }

    @Specialization(replaces = "doLong")
    static Object doLongOverflow(long a, long b) {
        return IntOps.mul(a, b);
    }

    @Specialization
    static double doDouble(double a, double b) {
        return a * b;
    }

    @Specialization
    static double doLongDouble(long a, double b) {
        return a * b;
    }

    @Specialization
    static double doDoubleLong(double a, long b) {
        return a * b;
    }

    @Specialization(guards = {"isNumber(a)", "isNumber(b)"})
    static Object doNumbers(Object a, Object b, @Bind Node node) {
        return Arithmetic.mul(node, a, b);
    }

    @Specialization
    static TruffleString doStrLong(TruffleString s, long n, @Bind Node node,
                    @Shared @Cached TruffleString.RepeatNode repeat) {
        return repeat.execute(s, SequenceOps.repeatCount(node, s, n), PyStrings.ENCODING);
    }

    @Specialization
    static TruffleString doLongStr(long n, TruffleString s, @Bind Node node,
                    @Shared @Cached TruffleString.RepeatNode repeat) {
        return repeat.execute(s, SequenceOps.repeatCount(node, s, n), PyStrings.ENCODING);
    }

    @Specialization(guards = {"isExact(list)"})
    static PyList doListLong(PyList list, long n, @Bind Node node) {
        return SequenceOps.repeat(node, list, n);
    }

    @Specialization(guards = {"isExact(list)"})
    static PyList doLongList(long n, PyList list, @Bind Node node) {
        return SequenceOps.repeat(node, list, n);
    }

    @Specialization(guards = {"isExact(tuple)"})
    static PyTuple doTupleLong(PyTuple tuple, long n, @Bind Node node) {
        return SequenceOps.repeat(node, tuple, n);
    }

    @Specialization(guards = {"isExact(tuple)"})
    static PyTuple doLongTuple(long n, PyTuple tuple, @Bind Node node) {
        return SequenceOps.repeat(node, tuple, n);
    }

    @Fallback
    Object doGeneric(Object a, Object b, @Cached BinaryDunderNode dunder) {
        return dunder.execute(a, b, op());
    }
}
