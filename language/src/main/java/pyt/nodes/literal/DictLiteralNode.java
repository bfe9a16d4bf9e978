package pyt.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.nodes.ExprNode;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;

/** A dict display {@code {k: v, **m}}; a null key marks a {@code **} entry. */
public final class DictLiteralNode extends ExprNode {
    @Children private final ExprNode[] keys;
    @Children private final ExprNode[] values;

    public DictLiteralNode(ExprNode[] keys, ExprNode[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        PyDict dict = new PyDict();
        for (int i = 0; i < values.length; i++) {
            if (keys[i] == null) {
                Object m = values[i].executeGeneric(frame);
                merge(dict, m);
            } else {
                Object k = keys[i].executeGeneric(frame);
                dict.put(k, values[i].executeGeneric(frame));
            }
        }
        return dict;
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private void merge(PyDict dict, Object m) {
        if (m instanceof PyDict other) {
            for (Object[] e : other.entries()) {
                dict.put(e[0], e[1]);
            }
            return;
        }
        throw PyErrors.typeError(this, "'%s' object is not a mapping", PyErrors.typeName(m));
    }
}
