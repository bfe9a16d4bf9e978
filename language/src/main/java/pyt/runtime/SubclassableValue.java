package pyt.runtime;

/**
 * A builtin container (list, tuple, dict, set) that can also be an instance of a Python subclass
 * ({@code class Stack(list)}). Such an instance carries a {@link PyObject} of the subclass: its
 * shape names the class and holds the instance's own attributes. Plain containers carry none.
 */
public interface SubclassableValue {

    /** The subclass instance data, or null for a plain builtin container. */
    PyObject getSubclassData();

    void setSubclassData(PyObject data);

    /**
     * Whether {@code value} is not an instance of a Python subclass, so that no Python method can
     * override its builtin behaviour: the guard of the operators' fast paths for containers.
     */
    static boolean isExact(SubclassableValue value) {
        return value.getSubclassData() == null;
    }

    /** Whether {@code value} is an instance of a Python subclass of a builtin container. */
    static boolean isSubclassInstance(Object value) {
        return value instanceof SubclassableValue v && v.getSubclassData() != null;
    }

    /** Makes {@code value} an instance of {@code cls} when cls is a proper subclass of its builtin type. */
    static <T extends SubclassableValue> T ofClass(T value, PyType cls, PyType builtin) {
        if (cls != builtin) {
            value.setSubclassData(new PyObject(cls.getInstanceShape()));
        }
        return value;
    }
}
