package pyt.runtime.numbers;

import java.math.BigInteger;

/** Correct rounding of {@code m * 2**e} to a double, shared by true division and {@code float.fromhex}. */
final class DoubleRounding {
    private DoubleRounding() {
    }

    /**
     * Returns {@code (m + f) * 2**e} rounded half-to-even, where {@code m >= 0} and {@code 0 < f < 1}
     * stands for nonzero bits below {@code m} when {@code sticky}. Infinity on overflow.
     */
    static double scale(BigInteger m, long e, boolean sticky) {
        if (m.signum() == 0) {
            return 0.0;
        }
        int len = m.bitLength();
        long top = len + e;
        if (top > 1025) {
            return Double.POSITIVE_INFINITY;
        }
        long lowExp = Math.max(top - 53, -1074);
        long drop = lowExp - e;
        if (drop <= 0) {
            // exact (m has at most 53 bits here); sticky bits cannot be represented anyway
            return Math.scalb(m.doubleValue(), (int) e);
        }
        if (drop > len + 1) {
            return 0.0;
        }
        BigInteger q = m.shiftRight((int) drop);
        boolean half = m.testBit((int) drop - 1);
        boolean rest = sticky || m.getLowestSetBit() < drop - 1;
        if (half && (rest || q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        double r = Math.scalb(q.doubleValue(), (int) lowExp);
        return r;
    }
}
