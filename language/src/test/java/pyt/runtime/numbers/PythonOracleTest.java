package pyt.runtime.numbers;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class PythonOracleTest {
    @Test
    void detectsDifferences() {
        List<Object[]> cases = List.of(new Object[]{1L, 2L}, new Object[]{0L, 0L});
        PythonOracle.compare("lambda a, b: a + b", List.<Object[]>of(new Object[]{1L, 2L}), x -> 3L);
        assertThrows(AssertionFailedError.class, () -> PythonOracle.compare("lambda a, b: a + b", cases, x -> 3L));
        assertThrows(AssertionFailedError.class, () -> PythonOracle.compare("lambda a, b: float(a)", List.<Object[]>of(new Object[]{-0.0, 0L}), x -> 0.0));
        PythonOracle.compare("lambda a, b: a // b", List.<Object[]>of(new Object[]{1L, 0L}), x -> IntOps.floorDiv(x[0], x[1]));
        PythonOracle.compare("lambda a: a", List.<Object[]>of(new Object[]{"a\n\u00e9\u20ac\ud83d\ude00\\'\""}), x -> x[0]);
    }
}
