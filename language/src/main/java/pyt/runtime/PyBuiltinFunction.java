package pyt.runtime;

/**
 * A function implemented in Java: a builtin like {@code len}, or a method of a builtin type
 * like {@code list.append} (then {@link #getOwner()} is that type).
 */
public final class PyBuiltinFunction extends PyCallable {
    private final PyType owner;
    private final Object[] defaults;
    private final Object[] kwDefaults;
    private final String doc;

    public PyBuiltinFunction(PyCode code, PyType owner, Object[] defaults, Object[] kwDefaults, String doc) {
        super(code, null);
        this.owner = owner;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.doc = doc;
    }

    @Override
    public String getName() {
        return getCode().getName();
    }

    public PyType getOwner() {
        return owner;
    }

    /** The same code as a method of {@code type}: for classes made from a group of functions. */
    public PyBuiltinFunction asMethodOf(PyType type) {
        return new PyBuiltinFunction(getCode(), type, defaults, kwDefaults, doc);
    }

    @Override
    public Object[] getDefaults() {
        return defaults;
    }

    @Override
    public Object[] getKwDefaults() {
        return kwDefaults;
    }

    public String getDoc() {
        return doc;
    }

    @Override
    public String toString() {
        return owner == null ? "<built-in function " + getName() + ">"
                        : "<method '" + getName() + "' of '" + owner.getName() + "' objects>";
    }
}
