package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** {@code a >> b} on ints: floors for negative {@code a}; a negative count raises ValueError. */
@GenerateUncached
@ImportStatic(Arithmetic.class)
public abstract class RShiftNode extends BinaryOpNode {

    @Override
    protected BinaryOp op() {
        return BinaryOp.RSHIFT;
    }

    @Specialization(guards = "b >= 0")
    static long doLong(long a, long b) {
        return a >> Math.min(b, 63);
    }

    @Specialization(guards = {"isInt(a)", "isInt(b)"})
    static Object doInts(Object a, Object b, @Bind Node node) {
        return Arithmetic.rshift(node, a, b);
    }

    @Fallback
    Object doGeneric(Object a, Object b, @Cached BinaryDunderNode dunder) {
        return dunder.execute(a, b, op());
    }
}
