package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.runtime.numbers.IntOps;

/** {@code -x}: {@code -(-2**63)} becomes a big int; {@code -True == -1}; else {@code __neg__}. */
@GenerateUncached
@ImportStatic(Arithmetic.class)
public abstract class NegNode extends UnaryOpNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    static long doLong(long a) {
        return Math.negateExact(a);
    }

    @Specialization(replaces = "doLong")
    static Object doLongOverflow(long a) {
        return IntOps.neg(a);
    }

    @Specialization
    static double doDouble(double a) {
        return -a;
    }

    @Specialization
    static long doBoolean(boolean a) {
        return a ? -1 : 0;
    }

    @Specialization(guards = "isInt(a)")
    static Object doInt(Object a) {
        return Arithmetic.neg(a);
    }

    @Fallback
    static Object doGeneric(Object a, @Cached UnaryDunderNode dunder) {
        return dunder.execute(a, UnaryDunderNode.Op.NEG);
    }
}
