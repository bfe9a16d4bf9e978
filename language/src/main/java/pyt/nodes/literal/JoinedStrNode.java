package pyt.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringBuilder;

import pyt.nodes.ExprNode;
import pyt.runtime.PyStrings;

/** An f-string: concatenates its literal parts and formatted fields. */
public final class JoinedStrNode extends ExprNode {
    @Children private final ExprNode[] parts;
    @Child private TruffleStringBuilder.AppendStringNode append = TruffleStringBuilder.AppendStringNode.create();
    @Child private TruffleStringBuilder.ToStringNode toString = TruffleStringBuilder.ToStringNode.create();

    public JoinedStrNode(ExprNode[] parts) {
        this.parts = parts;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        TruffleStringBuilder sb = TruffleStringBuilder.create(PyStrings.ENCODING);
        for (ExprNode part : parts) {
            append.execute(sb, (TruffleString) part.executeGeneric(frame));
        }
        return toString.execute(sb);
    }
}
