package pyt.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.nodes.StmtNode;

/** A sequence of statements. */
public final class BlockNode extends StmtNode {
    @Children private final StmtNode[] statements;

    public BlockNode(StmtNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (StmtNode s : statements) {
            s.executeVoid(frame);
        }
    }
}
