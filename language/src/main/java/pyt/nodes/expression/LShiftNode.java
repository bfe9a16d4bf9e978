package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code a << b} on ints: a long while no bits are lost, else a big int; a negative count
 * raises ValueError, a huge one MemoryError or OverflowError as in CPython.
 */
@GenerateUncached
@ImportStatic(Arithmetic.class)
public abstract class LShiftNode extends BinaryOpNode {

    @Override
    protected BinaryOp op() {
        return BinaryOp.LSHIFT;
    }

    @Specialization(guards = {"b >= 0", "b < 64"}, rewriteOn = ArithmeticException.class)
    static long doLong(long a, long b) {
        long r = a << b;
        if (r >> b != a) {
            throw new ArithmeticException();
        }
        return r;
    }

    @Specialization(guards = {"isInt(a)", "isInt(b)"})
    static Object doInts(Object a, Object b, @Bind Node node) {
        return Arithmetic.lshift(node, a, b);
    }

    @Fallback
    Object doGeneric(Object a, Object b, @Cached BinaryDunderNode dunder) {
        return dunder.execute(a, b, op());
    }
}
