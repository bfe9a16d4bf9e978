package pyt.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Where a namespace dict ({@code obj.__dict__}, {@code vars(obj)}, {@code globals()}) writes
 * through to: the instance's shape or the module's cells. pyt keeps those as the real storage
 * (fast attribute and global access), so such a dict is a snapshot whose updates are passed on.
 */
public final class NamespaceOwner {
    private final Object owner;

    public NamespaceOwner(Object owner) {
        this.owner = owner;
    }

    /** {@code value == null} deletes. */
    @TruffleBoundary
    public void written(Object key, Object value) {
        if (!(key instanceof TruffleString s)) {
            return;
        }
        String name = PyStrings.toJava(s);
        if (owner instanceof PyModule m) {
            m.set(name, value);
        } else if (owner instanceof PyObject o) {
            if (value == null) {
                DynamicObjectLibrary.getUncached().removeKey(o, name);
            } else {
                DynamicObjectLibrary.getUncached().put(o, name, value);
            }
        }
    }
}
