package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a | b} on ints (two's complement, also for big ints); two bools give a bool. */
@GenerateUncached
@ImportStatic(Arithmetic.class)
public abstract class BitOrNode extends BinaryOpNode {

    @Override
    protected BinaryOp op() {
        return BinaryOp.OR;
    }

    @Specialization
    static long doLong(long a, long b) {
        return a | b;
    }

    @Specialization
    static boolean doBoolean(boolean a, boolean b) {
        return a | b;
    }

    @Specialization(guards = {"isInt(a)", "isInt(b)"})
    static Object doInts(Object a, Object b) {
        return Arithmetic.or(a, b);
    }

    @Fallback
    Object doGeneric(Object a, Object b, @Cached BinaryDunderNode dunder) {
        return dunder.execute(a, b, op());
    }
}
