package pyt.nodes.lib;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pyt.PytLanguage;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.SubclassableValue;

/** Draining an iterable into Java, for builtins and unpacking on slow paths. */
public final class Iteration {
    private Iteration() {
    }

    /** Whether {@code iter(value)} can work: the class has {@code __iter__} or {@code __getitem__}. */
    @TruffleBoundary
    public static boolean isIterable(Object value) {
        PyType type = PytLanguage.get(null).types().typeOf(value);
        Object iter = type.lookup("__iter__");
        return iter != null && iter != PyNone.NONE || type.lookup("__getitem__") != null;
    }

    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PyList l && SubclassableValue.isExact(l)) {
            return l.toArray();
        } else if (iterable instanceof PyTuple t && SubclassableValue.isExact(t)) {
            return t.items().clone();
        }
        Object it = PyObjectGetIterNode.getIterUncached(iterable);
        ArrayList<Object> items = new ArrayList<>();
        Object v;
        while ((v = PyIterNextNode.next(it)) != null) {
            items.add(v);
        }
        return items.toArray();
    }
}
