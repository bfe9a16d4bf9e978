package pyt.nodes.expression;

import com.oracle.truffle.api.nodes.Node;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.runtime.PyClassMethod;
import pyt.runtime.PyStaticMethod;
import pyt.runtime.PyType;
import pyt.runtime.PySingleton;

/**
 * What the operator nodes share for the special-method protocol: the class of a value, and
 * calling a special method found in a class namespace (functions get the instance prepended;
 * static and class methods are unwrapped, as {@code __get__} would).
 */
final class Dunders {
    /** How many class pairs one operator site caches before it goes generic. */
    static final int CACHE_LIMIT = 4;

    static final Object NOT_IMPLEMENTED = PySingleton.NOT_IMPLEMENTED;

    private Dunders() {
    }

    static PyType typeOf(Node node, Object value) {
        return PytLanguage.get(node).types().typeOf(value);
    }

    static Object call1(CallDispatchNode call, Object method, Object self) {
        if (method instanceof PyStaticMethod s) {
            return call.execute(s.getCallable(), new Object[0], null, null);
        } else if (method instanceof PyClassMethod c) {
            return call.execute(c.getCallable(), new Object[]{typeOf(call, self)}, null, null);
        }
        return call.execute(method, new Object[]{self}, null, null);
    }

    static Object call2(CallDispatchNode call, Object method, Object self, Object other) {
        if (method instanceof PyStaticMethod s) {
            return call.execute(s.getCallable(), new Object[]{other}, null, null);
        } else if (method instanceof PyClassMethod c) {
            return call.execute(c.getCallable(), new Object[]{typeOf(call, self), other}, null, null);
        }
        return call.execute(method, new Object[]{self, other}, null, null);
    }
}
