package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.nodes.lib.Iteration;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PyTuple;
import pyt.runtime.SubclassableValue;

/** {@code a, *b, c = value}: unpacks an iterable into several targets, one of them possibly starred. */
public final class UnpackTargetNode extends TargetNode {
    @Children private final TargetNode[] targets;
    private final int starIndex;

    public UnpackTargetNode(TargetNode[] targets, int starIndex) {
        this.targets = targets;
        this.starIndex = starIndex;
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame, Object value) {
        Object[] items = value instanceof PyTuple t && SubclassableValue.isExact(t) ? t.items() : Iteration.toArray(value);
        int n = targets.length;
        if (starIndex < 0) {
            if (items.length != n) {
                throw mismatch(items.length, n);
            }
            for (int i = 0; i < n; i++) {
                targets[i].execute(frame, items[i]);
            }
            return;
        }
        if (items.length < n - 1) {
            throw PyErrors.valueError(this, "not enough values to unpack (expected at least %d, got %d)", n - 1, items.length);
        }
        int after = n - starIndex - 1;
        for (int i = 0; i < n; i++) {
            if (i < starIndex) {
                targets[i].execute(frame, items[i]);
            } else if (i == starIndex) {
                Object[] middle = java.util.Arrays.copyOfRange(items, starIndex, items.length - after);
                targets[i].execute(frame, new PyList(middle));
            } else {
                targets[i].execute(frame, items[items.length - (n - i)]);
            }
        }
    }

    private RuntimeException mismatch(int got, int expected) {
        if (got > expected) {
            throw PyErrors.valueError(this, "too many values to unpack (expected %d)", expected);
        }
        throw PyErrors.valueError(this, "not enough values to unpack (expected %d, got %d)", expected, got);
    }

}
