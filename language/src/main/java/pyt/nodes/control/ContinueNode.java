package pyt.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.StmtNode;

public final class ContinueNode extends StmtNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw ContinueException.INSTANCE;
    }
}
