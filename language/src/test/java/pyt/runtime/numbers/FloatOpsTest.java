package pyt.runtime.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class FloatOpsTest {
    static List<Object[]> singles(long seed, int n) {
        List<Object[]> r = new ArrayList<>();
        for (Double d : PythonOracle.doubles(new Random(seed), n)) {
            r.add(new Object[]{d});
        }
        return r;
    }

    static List<Object[]> pairs(long seed, int n) {
        Random rnd = new Random(seed);
        List<Double> ds = PythonOracle.doubles(rnd, n);
        List<Object[]> r = new ArrayList<>();
        for (Double x : ds) {
            r.add(new Object[]{x, ds.get(rnd.nextInt(ds.size()))});
            r.add(new Object[]{ds.get(rnd.nextInt(ds.size())), x});
            r.add(new Object[]{x, (double) (rnd.nextInt(11) - 5)});
        }
        double[] special = {0.0, -0.0, 1.0, -1.0, 3.0, -3.0, 0.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double x : special) {
            for (double y : special) {
                r.add(new Object[]{x, y});
            }
        }
        return r;
    }

    private static void binary(String op, Function<Object[], Object> f) {
        PythonOracle.compare("lambda a, b: " + op, pairs(op.hashCode(), 300), f);
    }

    @Test
    void divisionAndModulo() {
        binary("a / b", x -> FloatOps.trueDiv((Double) x[0], (Double) x[1]));
        binary("a // b", x -> FloatOps.floorDiv((Double) x[0], (Double) x[1]));
        binary("a % b", x -> FloatOps.mod((Double) x[0], (Double) x[1]));
        binary("divmod(a, b)", x -> FloatOps.divmod((Double) x[0], (Double) x[1]));
    }

    @Test
    void power() {
        Random rnd = new Random(5);
        List<Object[]> cases = pairs(77, 200);
        for (int i = 0; i < 300; i++) {
            cases.add(new Object[]{rnd.nextDouble() * 20 - 10, (double) (rnd.nextInt(41) - 20)});
            cases.add(new Object[]{rnd.nextDouble() * 10, rnd.nextDouble() * 10 - 5});
        }
        cases.add(new Object[]{10.0, 400.0});
        cases.add(new Object[]{-10.0, 401.0});
        cases.add(new Object[]{10.0, -400.0});
        cases.add(new Object[]{2.0, 0.5});
        cases.removeIf(c -> FloatOps.powIsComplex((Double) c[0], (Double) c[1]));
        PythonOracle.compare("lambda a, b: a ** b", cases, x -> FloatOps.pow((Double) x[0], (Double) x[1]));
    }

    @Test
    void unary() {
        List<Object[]> s = singles(1, 400);
        PythonOracle.compare("lambda a: hash(a) if a == a else 0", s, x -> FloatOps.hash((Double) x[0]));
        PythonOracle.compare("lambda a: int(a)", s, x -> FloatOps.toInt((Double) x[0]));
        PythonOracle.compare("lambda a: math.floor(a)", s, x -> FloatOps.floor((Double) x[0]));
        PythonOracle.compare("lambda a: math.ceil(a)", s, x -> FloatOps.ceil((Double) x[0]));
        PythonOracle.compare("lambda a: round(a)", s, x -> FloatOps.round((Double) x[0]));
        PythonOracle.compare("lambda a: a.is_integer()", s, x -> FloatOps.isInteger((Double) x[0]));
        PythonOracle.compare("lambda a: a.as_integer_ratio()", s, x -> FloatOps.asIntegerRatio((Double) x[0]));
        PythonOracle.compare("lambda a: a.hex()", s, x -> FloatHex.hex((Double) x[0]));
        PythonOracle.compare("lambda a: float.fromhex(a.hex())", s, x -> FloatHex.fromHex(FloatHex.hex((Double) x[0])));
        PythonOracle.compare("lambda a: repr(a)", s, x -> FloatRepr.repr((Double) x[0]));
    }

    @Test
    void reprOfRandomBits() {
        Random rnd = new Random(99);
        List<Object[]> cases = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            cases.add(new Object[]{Double.longBitsToDouble(rnd.nextLong())});
            cases.add(new Object[]{Double.longBitsToDouble(rnd.nextLong() & 0x000fffffffffffffL)}); // subnormals
            cases.add(new Object[]{(double) Math.round(rnd.nextGaussian() * 1e6) / Math.pow(10, rnd.nextInt(25))});
        }
        for (long b = 1; b < 200; b++) {
            cases.add(new Object[]{Double.longBitsToDouble(b)});
        }
        PythonOracle.compare("lambda a: repr(a)", cases, x -> FloatRepr.repr((Double) x[0]));
    }

    @Test
    void roundWithDigits() {
        Random rnd = new Random(8);
        List<Double> ds = PythonOracle.doubles(rnd, 200);
        List<Object[]> cases = new ArrayList<>();
        for (Double d : ds) {
            cases.add(new Object[]{d, (long) rnd.nextInt(12) - 3});
        }
        for (double d : new double[]{2.675, 0.125, 0.375, 2.5, 25.0, 35.0, 250.0, 1.005, 0.285, 1.7976931348623157e308, 5e-324, -0.4}) {
            for (long n = -3; n <= 3; n++) {
                cases.add(new Object[]{d, n});
            }
            cases.add(new Object[]{d, 400L});
            cases.add(new Object[]{d, -400L});
            cases.add(new Object[]{d, -308L});
            cases.add(new Object[]{d, 323L});
        }
        PythonOracle.compare("lambda a, n: round(a, n)", cases, x -> FloatOps.round((Double) x[0], (Long) x[1]));
    }

    @Test
    void fromHex() {
        List<Object[]> cases = new ArrayList<>();
        for (String s : new String[]{"0x1p0", " 0x1.8p1 ", "-0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x1.fffffffffffff8p1023",
                        "0x1.fffffffffffff7ffp1023", "0x1p1024", "inf", "-Infinity", "nan", "+NaN", "1", "0x.8", ".8", "1.", "0x1.", "x", "", "0x", "0x.p1",
                        "1p", "1p+", "0x1p5000", "0x1p-5000", "0X1P3", "1 2", "0x1_0", "1e3", "0x1.00000000000008p0", "0x1.00000000000018p0",
                        "0x1.000000000000080000001p0", "-0x0p0", "abcdef.123p-12"}) {
            cases.add(new Object[]{s});
        }
        PythonOracle.compare("lambda s: float.fromhex(s)", cases, x -> FloatHex.fromHex((String) x[0]));
    }
}
