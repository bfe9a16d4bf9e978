package pyt.nodes.lib;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pyt.runtime.PyList;
import pyt.runtime.PyTuple;
import pyt.runtime.SubclassableValue;

/** Draining an iterable into Java, for builtins and unpacking on slow paths. */
public final class Iteration {
    private Iteration() {
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
