package pyt.modules;

import pyt.PytContext;
import pyt.runtime.PyModule;

/** Creates the modules implemented in Java, on first import. */
public final class ModuleRegistry {
    private ModuleRegistry() {
    }

    /** A new module called {@code name}, or null if pyt implements none of that name in Java. */
    public static PyModule create(PytContext context, String name) {
        return null;
    }
}
