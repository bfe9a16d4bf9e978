package pyt.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.nodes.ExprNode;
import pyt.nodes.lib.PyObjectIsTrueNode;
import pyt.nodes.lib.PyObjectIsTrueNodeGen;

/** {@code a < b <= c}: each operand evaluated once, stopping at the first false comparison. */
public final class CompareChainNode extends ExprNode {
    @Child private ExprNode first;
    @Children private final ExprNode[] rest;
    @Children private final CompareNode[] ops;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();

    public CompareChainNode(ExprNode first, ExprNode[] rest, CompareNode[] ops) {
        this.first = first;
        this.rest = rest;
        this.ops = ops;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object left = first.executeGeneric(frame);
        Object result = Boolean.TRUE;
        for (int i = 0; i < ops.length; i++) {
            Object right = rest[i].executeGeneric(frame);
            result = ops[i].execute(left, right);
            if (i < ops.length - 1 && !isTrue.execute(result)) {
                return result;
            }
            left = right;
        }
        return result;
    }
}
