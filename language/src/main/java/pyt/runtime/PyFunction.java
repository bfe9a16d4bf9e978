package pyt.runtime;

/** A function defined by {@code def} or {@code lambda}. */
public final class PyFunction extends PyCallable {
    private String name;
    private String qualname;
    private Object[] defaults;
    private Object[] kwDefaults;
    private final PyCell[] closure;
    private Object doc = PyNone.NONE;

    public PyFunction(PyCode code, String qualname, PyModule globals, Object[] defaults, Object[] kwDefaults,
                    PyCell[] closure) {
        super(code, globals);
        this.name = code.getName();
        this.qualname = qualname;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
    }

    @Override
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    @Override
    public Object[] getDefaults() {
        return defaults;
    }

    public void setDefaults(Object[] defaults) {
        this.defaults = defaults;
    }

    @Override
    public Object[] getKwDefaults() {
        return kwDefaults;
    }

    public void setKwDefaults(Object[] kwDefaults) {
        this.kwDefaults = kwDefaults;
    }

    public PyCell[] getClosure() {
        return closure;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }

    @Override
    public String toString() {
        return "<function " + qualname + ">";
    }
}
