package pyt.modules;

import pyt.builtins.BuiltinModule;
import pyt.runtime.PyModule;

/** The {@code math} module: constants here, functions in {@link MathFunctions}. */
@BuiltinModule(name = "math")
public final class MathModule {
    private MathModule() {
    }

    static PyModule create(PyModule m) {
        m.set("pi", Math.PI);
        m.set("e", Math.E);
        m.set("tau", 2 * Math.PI);
        m.set("inf", Double.POSITIVE_INFINITY);
        m.set("nan", Double.NaN);
        return m;
    }
}
