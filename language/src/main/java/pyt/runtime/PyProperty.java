package pyt.runtime;

import pyt.interop.InteropObject;

/** A {@code property}: a data descriptor calling its getter, setter and deleter functions. */
public final class PyProperty extends InteropObject implements PyValue {
    private final Object fget;
    private final Object fset;
    private final Object fdel;
    private final Object doc;

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

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.property;
    }
}
