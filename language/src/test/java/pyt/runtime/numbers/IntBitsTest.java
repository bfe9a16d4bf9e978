package pyt.runtime.numbers;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class IntBitsTest {
    @Test
    void bitwise() {
        Random rnd = new Random(1);
        List<Object> is = PythonOracle.ints(rnd, 200);
        List<Object[]> cases = new ArrayList<>();
        for (Object a : is) {
            cases.add(new Object[]{a, is.get(rnd.nextInt(is.size()))});
        }
        PythonOracle.compare("lambda a, b: (a & b, a | b, a ^ b, ~a)", cases,
                        x -> new Object[]{IntBits.and(x[0], x[1]), IntBits.or(x[0], x[1]), IntBits.xor(x[0], x[1]), IntBits.invert(x[0])});
    }

    @Test
    void shifts() {
        Random rnd = new Random(2);
        List<Object[]> cases = new ArrayList<>();
        for (Object a : PythonOracle.ints(rnd, 200)) {
            long n = rnd.nextInt(4) == 0 ? rnd.nextInt(300) : rnd.nextInt(70);
            cases.add(new Object[]{a, n});
        }
        for (Object a : new Object[]{0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, BigInteger.ONE.shiftLeft(100).negate()}) {
            for (Object n : new Object[]{-1L, 0L, 1L, 62L, 63L, 64L, 65L, 1000L, BigInteger.ONE.shiftLeft(64)}) {
                cases.add(new Object[]{a, n});
            }
        }
        PythonOracle.compare("lambda a, n: a >> n", cases, x -> IntBits.rshift(x[0], x[1]));
        cases.removeIf(c -> c[1] instanceof BigInteger && !IntOps.isZero(c[0]));
        PythonOracle.compare("lambda a, n: a << n", cases, x -> IntBits.lshift(x[0], x[1]));
    }

    @Test
    void bytes() {
        Random rnd = new Random(3);
        List<Object[]> cases = new ArrayList<>();
        String[] orders = {"big", "little"};
        for (Object a : PythonOracle.ints(rnd, 200)) {
            cases.add(new Object[]{a, (long) rnd.nextInt(34), orders[rnd.nextInt(2)], rnd.nextBoolean()});
        }
        for (long v : new long[]{0, -1, 127, 128, -128, -129, 255, 256, Long.MIN_VALUE}) {
            for (long len = 0; len <= 9; len++) {
                cases.add(new Object[]{v, len, "big", true});
                cases.add(new Object[]{v, len, "little", false});
            }
        }
        cases.add(new Object[]{1L, -1L, "big", false});
        cases.add(new Object[]{1L, 1L, "x", false});
        PythonOracle.compare("lambda a, n, o, s: a.to_bytes(n, o, signed=s)", cases,
                        x -> IntBits.toBytes(x[0], (Long) x[1], (String) x[2], (Boolean) x[3]));
        List<Object[]> from = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[rnd.nextInt(20)];
            rnd.nextBytes(b);
            from.add(new Object[]{b, orders[rnd.nextInt(2)], rnd.nextBoolean()});
        }
        from.add(new Object[]{new byte[0], "big", true});
        from.add(new Object[]{new byte[]{1}, "middle", true});
        PythonOracle.compare("lambda b, o, s: int.from_bytes(b, o, signed=s)", from,
                        x -> IntBits.fromBytes((byte[]) x[0], (String) x[1], (Boolean) x[2]));
    }
}
