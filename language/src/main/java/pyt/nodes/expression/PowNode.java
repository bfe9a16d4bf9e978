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
 * {@code a ** b}: ints by repeated squaring while the result fits a long; a negative int
 * exponent gives a float, a negative base with a fractional exponent a complex; float
 * overflow raises CPython's OverflowError. The three-argument form is the {@code pow} builtin's.
 */
@GenerateUncached
@ImportStatic({Arithmetic.class, FloatOps.class})
public abstract class PowNode extends BinaryOpNode {

    @Override
    protected BinaryOp op() {
        return BinaryOp.POW;
    }

    @Specialization(guards = "exponent >= 0", rewriteOn = ArithmeticException.class)
    static long doLong(long base, long exponent) {
        long result = 1;
        long b = base;
        long e = exponent;
        while (e != 0) {
            if ((e & 1) != 0) {
                result = Math.multiplyExact(result, b);
            }
            e >>= 1;
            if (e != 0) {
                b = Math.multiplyExact(b, b);
            }
        }
        return result;
    }

    /** The usual float case, returning a double so that the result is not boxed. */
    @Specialization(guards = "!powIsComplex(a, b)")
    static double doRealDouble(double a, double b, @Bind Node node) {
        return Arithmetic.realPow(node, a, b);
    }

    @Specialization(replaces = "doRealDouble")
    static Object doDouble(double a, double b, @Bind Node node) {
        return Arithmetic.pow(node, a, b);
    }

    @Specialization(guards = {"isNumber(a)", "isNumber(b)"})
    static Object doNumbers(Object a, Object b, @Bind Node node) {
        return Arithmetic.pow(node, a, b);
    }

    @Fallback
    Object doGeneric(Object a, Object b, @Cached BinaryDunderNode dunder) {
        return dunder.execute(a, b, op());
    }
}
