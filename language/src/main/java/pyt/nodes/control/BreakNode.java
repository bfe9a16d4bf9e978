package pyt.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.StmtNode;

public final class BreakNode extends StmtNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw BreakException.INSTANCE;
    }
}
