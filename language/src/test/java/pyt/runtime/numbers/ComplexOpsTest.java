package pyt.runtime.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class ComplexOpsTest {
    private static double d(Object o) {
        return (Double) o;
    }

    private static List<Object[]> quads(long seed, int n) {
        Random rnd = new Random(seed);
        List<Double> ds = PythonOracle.doubles(rnd, 60);
        List<Object[]> r = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Object[] c = new Object[4];
            for (int j = 0; j < 4; j++) {
                c[j] = rnd.nextInt(3) == 0 ? ds.get(rnd.nextInt(ds.size())) : (double) (rnd.nextInt(9) - 4) / (1 + rnd.nextInt(3));
            }
            r.add(c);
        }
        double[] special = {0.0, -0.0, 1.0, -2.5, Double.POSITIVE_INFINITY, Double.NaN};
        for (double a : special) {
            for (double b : special) {
                r.add(new Object[]{a, b, 1.5, -0.0});
                r.add(new Object[]{2.0, -1.0, a, b});
            }
        }
        return r;
    }

    private static void binary(String op, Function<Object[], Object> f) {
        PythonOracle.compare("lambda a, b, c, d: (lambda z: (z.real, z.imag))(complex(a, b) " + op + " complex(c, d))", quads(op.hashCode(), 400), f);
    }

    @Test
    void arithmetic() {
        binary("+", x -> ComplexOps.add(d(x[0]), d(x[1]), d(x[2]), d(x[3])));
        binary("-", x -> ComplexOps.sub(d(x[0]), d(x[1]), d(x[2]), d(x[3])));
        binary("*", x -> ComplexOps.mul(d(x[0]), d(x[1]), d(x[2]), d(x[3])));
        binary("/", x -> ComplexOps.div(d(x[0]), d(x[1]), d(x[2]), d(x[3])));
        PythonOracle.compare("lambda a, b, c, d: complex(a, b) == complex(c, d)", quads(3, 200),
                        x -> ComplexOps.eq(d(x[0]), d(x[1]), d(x[2]), d(x[3])));
    }

    @Test
    void power() {
        List<Object[]> cases = quads(5, 400);
        Random rnd = new Random(6);
        for (int k = 0; k < 200; k++) {
            cases.add(new Object[]{rnd.nextGaussian() * 3, rnd.nextGaussian() * 3, (double) (rnd.nextInt(21) - 10), 0.0});
        }
        cases.add(new Object[]{0.0, 0.0, -1.0, 0.0});
        cases.add(new Object[]{0.0, 0.0, 1.0, 1.0});
        cases.add(new Object[]{0.0, 0.0, 0.0, 0.0});
        cases.add(new Object[]{10.0, 10.0, 500.0, 0.0});
        cases.add(new Object[]{-8.0, 0.0, 1.0 / 3, 0.0});
        String lambda = "lambda a, b, c, d: (lambda z: (z.real, z.imag))(complex(a, b) ** complex(c, d))";
        Function<Object[], Object> f = x -> ComplexOps.pow(d(x[0]), d(x[1]), d(x[2]), d(x[3]));
        List<Object[]> integral = new ArrayList<>(cases);
        integral.removeIf(c -> !(d(c[3]) == 0.0 && Math.floor(d(c[2])) == d(c[2]) && Math.abs(d(c[2])) <= 100));
        PythonOracle.compare(lambda, integral, f);
        // the general case goes through libm's pow, exp, log, sin, cos: equal up to rounding
        PythonOracle.compare(lambda, cases, f, 1e-12);
    }

    @Test
    void unary() {
        List<Object[]> cases = quads(7, 400);
        cases.add(new Object[]{1e308, 1e308, 0.0, 0.0});
        PythonOracle.compare("lambda a, b, c, d: abs(complex(a, b))", cases, x -> ComplexOps.abs(d(x[0]), d(x[1])));
        PythonOracle.compare("lambda a, b, c, d: repr(complex(a, b))", cases, x -> ComplexOps.repr(d(x[0]), d(x[1])));
        cases.removeIf(c -> Double.isNaN(d(c[0])) || Double.isNaN(d(c[1])));
        PythonOracle.compare("lambda a, b, c, d: hash(complex(a, b))", cases, x -> ComplexOps.hash(d(x[0]), d(x[1])));
    }
}
