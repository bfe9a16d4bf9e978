package pyt.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.runtime.PyNone;
import pyt.runtime.PySlice;

/** {@code lower:upper:step} inside a subscript. */
public final class SliceLiteralNode extends ExprNode {
    @Child private ExprNode lower;
    @Child private ExprNode upper;
    @Child private ExprNode step;

    public SliceLiteralNode(ExprNode lower, ExprNode upper, ExprNode step) {
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object l = lower == null ? PyNone.NONE : lower.executeGeneric(frame);
        Object u = upper == null ? PyNone.NONE : upper.executeGeneric(frame);
        Object s = step == null ? PyNone.NONE : step.executeGeneric(frame);
        return new PySlice(l, u, s);
    }
}
