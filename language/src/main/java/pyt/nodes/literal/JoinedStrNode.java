package pyt.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringBuilder;

import pyt.nodes.ExprNode;
import pyt.runtime.PyStrings;

/** An f-string: concatenates its literal parts and formatted fields. */
public final class JoinedStrNode extends ExprNode {
    @Children private final ExprNode[] parts;

    public JoinedStrNode(ExprNode[] parts) {
        this.parts = parts;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] values = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = parts[i].executeGeneric(frame);
        }
        return join(values);
    }

    @TruffleBoundary
    private static TruffleString join(Object[] values) {
        TruffleStringBuilder sb = TruffleStringBuilder.create(PyStrings.ENCODING);
        for (Object v : values) {
            sb.appendStringUncached((TruffleString) v);
        }
        return sb.toStringUncached();
    }
}
