package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.runtime.numbers.FloatOps;

/**
 * {@code a % b}: the result takes the sign of the divisor ({@code -7 % 2 == 1}), for floats as
 * CPython's float_rem; {@code str % args} is printf-style formatting. Modulo by zero takes the
 * general path, which raises CPython's ZeroDivisionError.
 */
@GenerateUncached
@ImportStatic(Arithmetic.class)
public abstract class ModNode extends BinaryOpNode {

    @Override
    protected BinaryOp op() {
        return BinaryOp.MOD;
    }

    @Specialization(guards = "b != 0")
    static long doLong(long a, long b) {
        return Math.floorMod(a, b);
    }

    @Specialization(guards = "nonZero(b)")
    static double doDouble(double a, double b) {
        return FloatOps.mod(a, b);
    }

    @Specialization(guards = {"isNumber(a)", "isNumber(b)"})
    static Object doNumbers(Object a, Object b, @Bind Node node) {
        return Arithmetic.mod(node, a, b);
    }

    @Specialization
    static TruffleString doFormat(TruffleString template, Object args, @Bind Node node) {
        return PercentFormatter.format(node, template, args);
    }

    @Fallback
    Object doGeneric(Object a, Object b, @Cached BinaryDunderNode dunder) {
        return dunder.execute(a, b, op());
    }
}
