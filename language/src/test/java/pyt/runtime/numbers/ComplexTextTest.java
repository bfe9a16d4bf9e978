package pyt.runtime.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ComplexTextTest {
    @Test
    void parse() {
        List<Object[]> cases = new ArrayList<>();
        String[] texts = {"1", "1j", "1+2j", "1-2j", "(1+2j)", " ( 1+2j ) ", "(1+2j", "1+2j)", "j", "-j", "+J", "1+j", "1-j", "1e3", "1e3j", "1e3+1e-3j",
            "inf", "-infj", "nan+nanj", "infinity-infinityj", "1_000+2_0j", "1__0j", "_1j", "1_j", "", " ", "()", "1+", "1+2", "1 + 2j", "1j+2",
            "1.j", ".5j", "1.5e+3-2.5E-3J", "\u0661+\u0662j", "\u3000 1j \u3000", "x", "1jj", "1+2j3", "1e", "1ej", "2.5", "-0j", "-0-0j", "0x1j"};
        for (String s : texts) {
            cases.add(new Object[]{s});
        }
        PythonOracle.compare("lambda s: (lambda z: (z.real, z.imag))(complex(s))", cases, x -> ComplexParse.parse((String) x[0]));
    }

    @Test
    void format() {
        Random rnd = new Random(4);
        List<Double> ds = PythonOracle.doubles(rnd, 60);
        List<Object[]> cases = new ArrayList<>();
        String[] specs = {"", ".2f", "+.3e", ">20", "<20.2f", "^30g", "*^30", "z.1f", ",.2f", "_g", "#g", ".0f", "n", "010", "0<10", "=10", "%", "d", "20",
            "+", " ", "-.3", ".3", "E", "F", "G"};
        for (int k = 0; k < 600; k++) {
            cases.add(new Object[]{ds.get(rnd.nextInt(ds.size())), ds.get(rnd.nextInt(ds.size())), specs[rnd.nextInt(specs.length)]});
        }
        cases.add(new Object[]{0.0, 1.0, ""});
        cases.add(new Object[]{-0.0, 1.0, ""});
        cases.add(new Object[]{0.0, -0.0, ".1f"});
        PythonOracle.compare("lambda a, b, s: format(complex(a, b), s)", cases,
                        x -> ComplexFormat.format((Double) x[0], (Double) x[1], FormatSpec.parse((String) x[2], "complex", FormatSpec.NO_TYPE, '>')));
    }
}
