package pyt.runtime;

/** A function implemented by a call target, user-defined or builtin: what call sites cache on. */
public abstract class PyCallable {
    private final PyCode code;

    protected PyCallable(PyCode code) {
        this.code = code;
    }

    public final PyCode getCode() {
        return code;
    }

    /** The globals the code runs with (null for builtins). */
    public abstract PyModule getGlobals();

    /** Default values of the last positional parameters, or an empty array. */
    public abstract Object[] getDefaults();

    /** Default values of keyword-only parameters, one per keyword-only parameter, null where none. */
    public abstract Object[] getKwDefaults();

    public abstract String getName();
}
