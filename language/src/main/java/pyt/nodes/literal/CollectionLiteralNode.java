package pyt.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.nodes.ExprNode;
import pyt.nodes.lib.Iteration;
import pyt.runtime.PyList;
import pyt.runtime.PySet;
import pyt.runtime.PyTuple;

/** A tuple, list or set display, possibly with {@code *iterable} items. */
public final class CollectionLiteralNode extends ExprNode {
    public enum Kind { TUPLE, LIST, SET }

    private final Kind kind;
    @Children private final ExprNode[] items;
    private final boolean[] starred;
    private final boolean anyStarred;
    /**
     * A set display of three or more constants, which CPython compiles to a frozenset constant
     * merged into a new set: the table then has the size and order such a merge gives
     * (colliding elements included).
     */
    private final boolean constantSet;

    private CollectionLiteralNode(Kind kind, ExprNode[] items, boolean[] starred, boolean constantSet) {
        this.kind = kind;
        this.constantSet = constantSet;
        this.items = items;
        this.starred = starred;
        boolean any = false;
        for (boolean s : starred) {
            any |= s;
        }
        this.anyStarred = any;
    }

    public static CollectionLiteralNode create(Kind kind, ExprNode[] items, boolean[] starred, boolean constantSet) {
        return new CollectionLiteralNode(kind, items, starred, constantSet);
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] values = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = items[i].executeGeneric(frame);
        }
        if (anyStarred) {
            values = expand(values);
        }
        return switch (kind) {
            case TUPLE -> PyTuple.of(values);
            case LIST -> PyList.of(values);
            case SET -> toSet(values, constantSet);
        };
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private Object[] expand(Object[] values) {
        java.util.ArrayList<Object> result = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (starred[i]) {
                java.util.Collections.addAll(result, Iteration.toArray(values[i]));
            } else {
                result.add(values[i]);
            }
        }
        return result.toArray();
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static PySet toSet(Object[] values, boolean constant) {
        PySet set = new PySet(constant);
        for (Object v : values) {
            set.add(v);
        }
        if (constant) {
            // the compiler's constant merging rebuilds the frozenset from its own iteration order
            PySet rebuilt = new PySet(true);
            for (Object v : set.items()) {
                rebuilt.add(v);
            }
            PySet merged = new PySet(false);
            merged.update(rebuilt);
            return merged;
        }
        return set;
    }
}
