package pyt.runtime;

import pyt.interop.InteropObject;

/** A {@code property}: a data descriptor calling its getter, setter and deleter functions. */
public final class PyProperty extends InteropObject implements PyValue {
    private final Object fget;
    private final Object fset;
    private final Object fdel;
    private final Object doc;
    /** Set by {@code __set_name__} when the property is assigned in a class body. */
    private String name;

    public PyProperty(Object fget, Object fset, Object fdel, Object doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }

    public Object fget() {
        return fget;
    }

    public Object fset() {
        return fset;
    }

    public Object fdel() {
        return fdel;
    }

    public Object doc() {
        return doc;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The name for error messages: from {@code __set_name__}, else the getter's name, else null. */
    public String name() {
        return name;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.property;
    }
}
