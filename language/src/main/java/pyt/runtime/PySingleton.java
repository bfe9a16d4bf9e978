package pyt.runtime;

import pyt.interop.InteropObject;

/** The {@code NotImplemented} and {@code Ellipsis} singletons. */
public final class PySingleton extends InteropObject {
    public static final PySingleton NOT_IMPLEMENTED = new PySingleton("NotImplemented");
    public static final PySingleton ELLIPSIS = new PySingleton("Ellipsis");

    private final String name;

    private PySingleton(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
