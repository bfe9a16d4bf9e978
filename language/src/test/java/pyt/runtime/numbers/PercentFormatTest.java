package pyt.runtime.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PercentFormatTest {
    private static String flags(Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (char c : "-+ #0".toCharArray()) {
            if (rnd.nextInt(4) == 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int flagBits(String f) {
        int bits = 0;
        bits |= f.indexOf('-') >= 0 ? PercentFormat.F_LJUST : 0;
        bits |= f.indexOf('+') >= 0 ? PercentFormat.F_SIGN : 0;
        bits |= f.indexOf(' ') >= 0 ? PercentFormat.F_BLANK : 0;
        bits |= f.indexOf('#') >= 0 ? PercentFormat.F_ALT : 0;
        bits |= f.indexOf('0') >= 0 ? PercentFormat.F_ZERO : 0;
        return bits;
    }

    @Test
    void ints() {
        Random rnd = new Random(1);
        List<Object[]> cases = new ArrayList<>();
        for (Object v : PythonOracle.ints(rnd, 300)) {
            cases.add(new Object[]{v, flags(rnd), (long) rnd.nextInt(25) - 3, (long) rnd.nextInt(25) - 5, String.valueOf("diuoxX".charAt(rnd.nextInt(6)))});
        }
        PythonOracle.compare("lambda v, f, w, p, c: ('%' + f + (str(w) if w >= 0 else '') + ('.' + str(p) if p >= 0 else '') + c) % v", cases,
                        x -> PercentFormat.formatInt(x[0], ((String) x[4]).charAt(0), flagBits((String) x[1]), (int) (long) (Long) x[2],
                                        (int) (long) (Long) x[3]));
    }

    @Test
    void floats() {
        Random rnd = new Random(2);
        List<Object[]> cases = new ArrayList<>();
        for (Double v : PythonOracle.doubles(rnd, 300)) {
            cases.add(new Object[]{v, flags(rnd), (long) rnd.nextInt(25) - 3, (long) rnd.nextInt(25) - 5, String.valueOf("eEfFgG".charAt(rnd.nextInt(6)))});
        }
        PythonOracle.compare("lambda v, f, w, p, c: ('%' + f + (str(w) if w >= 0 else '') + ('.' + str(p) if p >= 0 else '') + c) % v", cases,
                        x -> PercentFormat.formatFloat((Double) x[0], ((String) x[4]).charAt(0), flagBits((String) x[1]), (int) (long) (Long) x[2],
                                        (int) (long) (Long) x[3]));
    }
}
