package pyt.runtime;

import pyt.interop.InteropObject;

/**
 * {@code super(cls, obj)}: attribute lookup that starts after {@code cls} in the MRO of
 * {@code obj}'s class (or of {@code obj} itself when it is a class).
 */
public final class PySuper extends InteropObject {
    private final PyType thisClass;
    private final Object self;
    private final PyType selfType;

    public PySuper(PyType thisClass, Object self, PyType selfType) {
        this.thisClass = thisClass;
        this.self = self;
        this.selfType = selfType;
    }

    /** Whether {@code obj} was a subclass of {@code cls} (class-level access, nothing to bind to). */
    public boolean isClassBound() {
        return self instanceof PyType t && t.isSubtypeOf(thisClass);
    }

    public PyType getThisClass() {
        return thisClass;
    }

    public Object getSelf() {
        return self;
    }

    /** The class whose MRO is searched: {@code type(obj)}, or obj when obj is a class. */
    public PyType getSelfType() {
        return selfType;
    }

    /** The first definition of {@code name} after {@link #thisClass} in the MRO, or null. */
    public Object lookup(String name) {
        PyType[] mro = selfType.getMro();
        int i = 0;
        while (i < mro.length && mro[i] != thisClass) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object v = mro[i].getOwn(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
