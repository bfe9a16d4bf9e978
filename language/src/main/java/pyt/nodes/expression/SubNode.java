package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pyt.runtime.numbers.IntOps;

/** {@code a - b}: longs with overflow to big ints, doubles, mixed, then the general paths. */
@GenerateUncached
@ImportStatic(Arithmetic.class)
public abstract class SubNode extends BinaryOpNode {

    @Override
    protected BinaryOp op() {
        return BinaryOp.SUB;
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long doLong(long a, long b) {
        return Math.subtractExact(a, b);
    }

    @Specialization(replaces = "doLong")
    static Object doLongOverflow(long a, long b) {
        return IntOps.sub(a, b);
    }

    @Specialization
    static double doDouble(double a, double b) {
        return a - b;
    }

    @Specialization
    static double doLongDouble(long a, double b) {
        return a - b;
    }

    @Specialization
    static double doDoubleLong(double a, long b) {
        return a - b;
    }

    @Specialization(guards = {"isNumber(a)", "isNumber(b)"})
    static Object doNumbers(Object a, Object b, @Bind Node node) {
        return Arithmetic.sub(node, a, b);
    }

    @Fallback
    Object doGeneric(Object a, Object b, @Cached BinaryDunderNode dunder) {
        return dunder.execute(a, b, op());
    }
}
