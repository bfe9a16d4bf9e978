package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a is not b}: the negation of {@link IsNode}. */
@GenerateUncached
public abstract class IsNotNode extends CompareNode {

    @Specialization
    static boolean doLong(long a, long b) {
        return a != b;
    }

    @Specialization
    static boolean doBoolean(boolean a, boolean b) {
        return a != b;
    }

    @Specialization
    static boolean doDouble(double a, double b) {
        return Double.doubleToRawLongBits(a) != Double.doubleToRawLongBits(b);
    }

    @Specialization
    static boolean doGeneric(Object a, Object b) {
        return !Comparisons.isIdentical(a, b);
    }
}
