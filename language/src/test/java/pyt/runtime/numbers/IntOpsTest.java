package pyt.runtime.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class IntOpsTest {
    private static List<Object[]> pairs(long seed, int n) {
        Random rnd = new Random(seed);
        List<Object> a = PythonOracle.ints(rnd, n);
        List<Object[]> r = new ArrayList<>();
        for (Object x : a) {
            r.add(new Object[]{x, a.get(rnd.nextInt(a.size()))});
            r.add(new Object[]{a.get(rnd.nextInt(a.size())), x});
        }
        Object[] special = {0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, BigInteger.ONE.shiftLeft(63)};
        for (Object x : special) {
            for (Object y : special) {
                r.add(new Object[]{x, y});
            }
        }
        return r;
    }

    private static List<Object[]> singles(long seed, int n) {
        List<Object[]> r = new ArrayList<>();
        for (Object x : PythonOracle.ints(new Random(seed), n)) {
            r.add(new Object[]{x});
        }
        return r;
    }

    private static void binary(String op, Function<Object[], Object> f) {
        PythonOracle.compare("lambda a, b: " + op, pairs(op.hashCode(), 300), f);
    }

    @Test
    void arithmetic() {
        binary("a + b", x -> IntOps.add(x[0], x[1]));
        binary("a - b", x -> IntOps.sub(x[0], x[1]));
        binary("a * b", x -> IntOps.mul(x[0], x[1]));
        binary("a // b", x -> IntOps.floorDiv(x[0], x[1]));
        binary("a % b", x -> IntOps.mod(x[0], x[1]));
        binary("divmod(a, b)", x -> IntOps.divmod(x[0], x[1]));
        binary("a / b", x -> IntOps.trueDiv(x[0], x[1]));
        binary("(a > b) - (a < b)", x -> (long) IntOps.compare(x[0], x[1]));
        binary("a == b", x -> IntOps.eq(x[0], x[1]));
    }

    @Test
    void longFastPathsMatchObjectPaths() {
        for (Object[] p : pairs(7, 300)) {
            if (p[0] instanceof Long a && p[1] instanceof Long b) {
                assertEquals(IntOps.add(p[0], p[1]), IntOps.add((long) a, (long) b));
                assertEquals(IntOps.mul(IntOps.big(a), IntOps.big(b)), IntOps.mul((long) a, (long) b));
                assertEquals(IntOps.sub(IntOps.big(a), IntOps.big(b)), IntOps.sub((long) a, (long) b));
            }
        }
        assertInstanceOf(Long.class, IntOps.add(BigInteger.ONE.shiftLeft(63), BigInteger.valueOf(-1)));
        assertEquals(BigInteger.ONE.shiftLeft(63), IntOps.floorDiv(Long.MIN_VALUE, -1));
        assertEquals(BigInteger.ONE.shiftLeft(63), IntOps.abs(Long.MIN_VALUE));
        assertEquals(0L, IntOps.mod(Long.MIN_VALUE, -1));
    }

    @Test
    void trueDivisionRounding() {
        Random rnd = new Random(3);
        List<Object[]> cases = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            BigInteger a = new BigInteger(1 + rnd.nextInt(1200), rnd);
            BigInteger b = new BigInteger(1 + rnd.nextInt(1200), rnd).add(BigInteger.ONE);
            cases.add(new Object[]{IntOps.normalize(rnd.nextBoolean() ? a : a.negate()), IntOps.normalize(b)});
        }
        cases.add(new Object[]{BigInteger.ONE, BigInteger.ONE.shiftLeft(1074)});
        cases.add(new Object[]{BigInteger.ONE, BigInteger.ONE.shiftLeft(1075)});
        cases.add(new Object[]{BigInteger.valueOf(3), BigInteger.ONE.shiftLeft(1076)});
        cases.add(new Object[]{BigInteger.ONE.shiftLeft(1024), 1L});
        cases.add(new Object[]{BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE), 1L});
        cases.add(new Object[]{BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(970)), 1L});
        cases.add(new Object[]{BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(971)), 1L});
        cases.add(new Object[]{0L, -5L});
        cases.add(new Object[]{0L, BigInteger.ONE.shiftLeft(100).negate()});
        cases.add(new Object[]{(1L << 53) + 1, 1L});
        cases.add(new Object[]{(1L << 54) + 3, 2L});
        PythonOracle.compare("lambda a, b: a / b", cases, x -> IntOps.trueDiv(x[0], x[1]));
    }

    @Test
    void power() {
        Random rnd = new Random(11);
        List<Object[]> cases = new ArrayList<>();
        for (Object b : PythonOracle.ints(rnd, 100)) {
            if (IntOps.bitLength(b) < 80) {
                cases.add(new Object[]{b, (long) rnd.nextInt(40)});
                cases.add(new Object[]{b, (long) -rnd.nextInt(5)});
            }
        }
        cases.add(new Object[]{2L, 64L});
        cases.add(new Object[]{-2L, 63L});
        cases.add(new Object[]{-3L, 41L});
        cases.add(new Object[]{0L, 0L});
        cases.add(new Object[]{0L, -1L});
        cases.add(new Object[]{10L, -400L});
        cases.add(new Object[]{BigInteger.TEN.pow(400), -1L});
        cases.add(new Object[]{-1L, BigInteger.ONE.shiftLeft(100).add(BigInteger.ONE)});
        cases.add(new Object[]{1L, BigInteger.ONE.shiftLeft(100)});
        PythonOracle.compare("lambda a, b: a ** b", cases, x -> IntOps.pow(x[0], x[1]));
    }

    @Test
    void modularPower() {
        Random rnd = new Random(12);
        List<Object> ints = PythonOracle.ints(rnd, 60);
        List<Object[]> cases = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Object a = ints.get(rnd.nextInt(ints.size()));
            Object b = rnd.nextInt(4) == 0 ? (Object) (long) -rnd.nextInt(4) : ints.get(rnd.nextInt(ints.size()));
            if (IntOps.signum(b) < 0 && rnd.nextBoolean()) {
                b = -1L;
            }
            Object m = ints.get(rnd.nextInt(ints.size()));
            cases.add(new Object[]{a, b, m});
        }
        cases.add(new Object[]{2L, -1L, 4L});
        cases.add(new Object[]{3L, -1L, -7L});
        cases.add(new Object[]{5L, 0L, -7L});
        cases.add(new Object[]{5L, 3L, 0L});
        cases.add(new Object[]{5L, 3L, -1L});
        PythonOracle.compare("lambda a, b, m: pow(a, b, m)", cases, x -> IntOps.pow(x[0], x[1], x[2]));
    }

    @Test
    void unary() {
        List<Object[]> s = singles(5, 300);
        PythonOracle.compare("lambda a: -a", s, x -> IntOps.neg(x[0]));
        PythonOracle.compare("lambda a: abs(a)", s, x -> IntOps.abs(x[0]));
        PythonOracle.compare("lambda a: hash(a)", s, x -> IntOps.hash(x[0]));
        PythonOracle.compare("lambda a: float(a)", s, x -> IntOps.toDouble(x[0]));
        PythonOracle.compare("lambda a: a.bit_length()", s, x -> IntOps.bitLength(x[0]));
        PythonOracle.compare("lambda a: a.bit_count()", s, x -> IntOps.bitCount(x[0]));
        List<Object[]> big = new ArrayList<>();
        Random rnd = new Random(9);
        for (int i = 0; i < 100; i++) {
            BigInteger b = new BigInteger(1000 + rnd.nextInt(100), rnd);
            big.add(new Object[]{rnd.nextBoolean() ? b : b.negate()});
        }
        big.add(new Object[]{BigInteger.ONE.shiftLeft(1024)});
        big.add(new Object[]{BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(970))});
        big.add(new Object[]{BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(971))});
        PythonOracle.compare("lambda a: float(a)", big, x -> IntOps.toDouble(x[0]));
        PythonOracle.compare("lambda a: hash(a)", big, x -> IntOps.hash(x[0]));
    }

    @Test
    void roundWithDigits() {
        Random rnd = new Random(31);
        List<Object[]> cases = new ArrayList<>();
        for (Object a : PythonOracle.ints(rnd, 200)) {
            cases.add(new Object[]{a, (long) (rnd.nextInt(25) - 22)});
        }
        for (long a : new long[]{15, 25, -25, 150, 250, -250, 1250, 1350, 5, -5, Long.MAX_VALUE, Long.MIN_VALUE}) {
            for (long n = -4; n <= 1; n++) {
                cases.add(new Object[]{a, n});
            }
            cases.add(new Object[]{a, -19L});
            cases.add(new Object[]{a, -20L});
            cases.add(new Object[]{a, -1000000L});
        }
        PythonOracle.compare("lambda a, n: round(a, n)", cases, x -> IntOps.round(x[0], (Long) x[1]));
    }

    @Test
    void compareWithFloat() {
        Random rnd = new Random(21);
        List<Object> ints = PythonOracle.ints(rnd, 100);
        List<Double> ds = PythonOracle.doubles(rnd, 100);
        ds.removeIf(d -> d.isNaN());
        List<Object[]> cases = new ArrayList<>();
        for (Object i : ints) {
            cases.add(new Object[]{i, ds.get(rnd.nextInt(ds.size()))});
            cases.add(new Object[]{i, IntOps.toDoubleOrInf(i)});
        }
        cases.add(new Object[]{(1L << 53) + 1, 0x1p53});
        cases.add(new Object[]{Long.MAX_VALUE, 0x1p63});
        cases.add(new Object[]{Long.MIN_VALUE, -0x1p63});
        cases.add(new Object[]{0L, -0.0});
        PythonOracle.compare("lambda a, b: (a > b) - (a < b)", cases, x -> (long) IntOps.compareToDouble(x[0], (Double) x[1]));
    }
}
