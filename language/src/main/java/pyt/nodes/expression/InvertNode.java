package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code ~x} on ints, {@code -x - 1} ({@code ~True == -2}); else {@code __invert__}. */
@GenerateUncached
@ImportStatic(Arithmetic.class)
public abstract class InvertNode extends UnaryOpNode {

    @Specialization
    static long doLong(long a) {
        return ~a;
    }

    @Specialization
    static long doBoolean(boolean a) {
        return a ? -2 : -1;
    }

    @Specialization(guards = "isInt(a)")
    static Object doInt(Object a) {
        return Arithmetic.invert(a);
    }

    @Fallback
    static Object doGeneric(Object a, @Cached UnaryDunderNode dunder) {
        return dunder.execute(a, UnaryDunderNode.Op.INVERT);
    }
}
