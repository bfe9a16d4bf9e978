package pyt.runtime;

/** The {@code NotImplemented} and {@code Ellipsis} singletons. */
public final class PySingleton {
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
