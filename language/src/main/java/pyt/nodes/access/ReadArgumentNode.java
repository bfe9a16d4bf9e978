package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.runtime.PArguments;

/** Reads the bound value of parameter {@code index} from the frame arguments. */
public final class ReadArgumentNode extends ExprNode {
    private final int index;

    public ReadArgumentNode(int index) {
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return PArguments.getParameter(frame, index);
    }
}
