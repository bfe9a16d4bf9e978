package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pyt.runtime.numbers.FloatOps;

/**
 * {@code a // b}: rounds toward negative infinity ({@code -7 // 2 == -4}); floats follow CPython's
 * float_floor_div for signs and zeros. {@code -2**63 // -1} overflows to a big int; division
 * by zero takes the general path, which raises CPython's ZeroDivisionError.
 */
@GenerateUncached
@ImportStatic(Arithmetic.class)
public abstract class FloorDivNode extends BinaryOpNode {

    @Override
    protected BinaryOp op() {
        return BinaryOp.FLOORDIV;
    }

    @Specialization(guards = "b != 0", rewriteOn = ArithmeticException.class)
    static long doLong(long a, long b) {
        if (b == -1) {
            return Math.negateExact(a);
        }
        return Math.floorDiv(a, b);
    }

    @Specialization(guards = "nonZero(b)")
    static double doDouble(double a, double b) {
        return FloatOps.floorDiv(a, b);
    }

    @Specialization(guards = {"isNumber(a)", "isNumber(b)"})
    static Object doNumbers(Object a, Object b, @Bind Node node) {
        return Arithmetic.floorDiv(node, a, b);
    }

    @Fallback
    Object doGeneric(Object a, Object b, @Cached BinaryDunderNode dunder) {
        return dunder.execute(a, b, op());
    }
}
