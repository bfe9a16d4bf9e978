package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pyt.runtime.numbers.IntOps;

/**
 * {@code a / b}: always a float for numbers; int / int is correctly rounded even beyond 2**53.
 * Division by zero takes the general path, which raises CPython's ZeroDivisionError.
 */
@GenerateUncached
@ImportStatic(Arithmetic.class)
public abstract class TrueDivNode extends BinaryOpNode {

    @Override
    protected BinaryOp op() {
        return BinaryOp.TRUEDIV;
    }

    @Specialization(guards = "b != 0")
    static double doLong(long a, long b) {
        return IntOps.trueDiv(a, b);
    }

    @Specialization(guards = "nonZero(b)")
    static double doDouble(double a, double b) {
        return a / b;
    }

    @Specialization(guards = "nonZero(b)")
    static double doLongDouble(long a, double b) {
        return a / b;
    }

    @Specialization(guards = "b != 0")
    static double doDoubleLong(double a, long b) {
        return a / b;
    }

    @Specialization(guards = {"isNumber(a)", "isNumber(b)"})
    static Object doNumbers(Object a, Object b, @Bind Node node) {
        return Arithmetic.trueDiv(node, a, b);
    }

    @Fallback
    Object doGeneric(Object a, Object b, @Cached BinaryDunderNode dunder) {
        return dunder.execute(a, b, op());
    }
}
