package pyt.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.Truffle;

/**
 * One module-level variable. Reads of a variable that was assigned once (functions, classes,
 * constants) compile to a constant guarded by {@link #stable}; the second different write
 * invalidates it and the cell becomes an ordinary field for good.
 */
public final class GlobalCell {
    private final String name;
    @CompilationFinal private Object stableValue;
    @CompilationFinal private Assumption stable;
    private Object value;

    public GlobalCell(String name) {
        this.name = name;
        this.stable = Truffle.getRuntime().createAssumption(name);
    }

    public String getName() {
        return name;
    }

    /** The value, or null when unbound. */
    public Object get() {
        if (stable.isValid()) {
            return stableValue;
        }
        return value;
    }

    public void set(Object newValue) {
        if (stable.isValid()) {
            if (stableValue == newValue) {
                return;
            }
            stable.invalidate();
            if (stableValue == null && newValue != null) {
                // First binding: compiled readers saw "unbound"; they deoptimize once, later reads stay constant.
                stableValue = newValue;
                value = newValue;
                stable = Truffle.getRuntime().createAssumption(name);
                return;
            }
        }
        value = newValue;
    }
}
