package pyt.runtime;

/** A closure cell: a variable shared between a function and the functions nested in it. */
public final class PyCell {
    /** null while the variable is unbound. */
    public Object value;

    public PyCell(Object value) {
        this.value = value;
    }
}
