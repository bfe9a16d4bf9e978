package pyt.modules;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import pyt.builtins.Builtin;
import pyt.builtins.BuiltinModule;
import pyt.builtins.PytBuiltinNode;
import pyt.nodes.lib.PyObjectReprNode;
import pyt.runtime.PyObject;
import pyt.runtime.PyStrings;
import pyt.runtime.PyType;

/**
 * A {@code types.SimpleNamespace}-like class for attribute bags such as {@code sys.flags} and
 * {@code sys.implementation}: instances are plain objects whose attributes print as
 * {@code namespace(name='pyt', ...)}.
 */
@BuiltinModule(name = Namespace.GROUP)
public final class Namespace {
    static final String GROUP = "types.SimpleNamespace";

    private Namespace() {
    }

    /** A new instance of {@code type} (made by {@link ModuleRegistry#newClass}) with the given attributes. */
    @TruffleBoundary
    static PyObject create(PyType type, Map<String, Object> attributes) {
        PyObject o = new PyObject(type.getInstanceShape());
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            DynamicObjectLibrary.getUncached().put(o, e.getKey(), e.getValue());
        }
        return o;
    }

    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            StringBuilder sb = new StringBuilder("namespace(");
            if (self instanceof PyObject o) {
                DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
                boolean first = true;
                for (Object key : lib.getKeyArray(o)) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(key).append('=').append(PyObjectReprNode.reprUncached(lib.getOrDefault(o, key, null)));
                }
            }
            return PyStrings.of(sb.append(')').toString());
        }
    }
}
