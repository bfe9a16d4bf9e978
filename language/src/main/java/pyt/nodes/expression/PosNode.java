package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code +x}: numbers unchanged, a bool becomes an int ({@code +True == 1}); else {@code __pos__}. */
@GenerateUncached
@ImportStatic(Arithmetic.class)
public abstract class PosNode extends UnaryOpNode {

    @Specialization
    static long doLong(long a) {
        return a;
    }

    @Specialization
    static double doDouble(double a) {
        return a;
    }

    @Specialization
    static long doBoolean(boolean a) {
        return a ? 1 : 0;
    }

    @Specialization(guards = "isInt(a)")
    static Object doInt(Object a) {
        return Arithmetic.pos(a);
    }

    @Fallback
    static Object doGeneric(Object a, @Cached UnaryDunderNode dunder) {
        return dunder.execute(a, UnaryDunderNode.Op.POS);
    }
}
