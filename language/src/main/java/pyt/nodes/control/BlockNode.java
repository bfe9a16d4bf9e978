package pyt.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.nodes.StmtNode;
import pyt.nodes.generator.ResumeSlots;
import pyt.runtime.PyException;

/**
 * A sequence of statements. In a generator body it records the index of the running statement
 * in a frame slot, so a resumed body continues with the statement that yielded.
 */
public final class BlockNode extends StmtNode {
    @Children private final StmtNode[] statements;
    private final ResumeSlots resume;
    private final int indexSlot;

    public BlockNode(StmtNode[] statements) {
        this(statements, null, -1);
    }

    public BlockNode(StmtNode[] statements, ResumeSlots resume, int indexSlot) {
        this.statements = statements;
        this.resume = resume;
        this.indexSlot = indexSlot;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        if (resume == null) {
            for (StmtNode s : statements) {
                execute(frame, s);
            }
            return;
        }
        int start = resume.isResuming(frame) ? frame.getInt(indexSlot) : 0;
        for (int i = 0; i < statements.length; i++) {
            if (i >= start) {
                frame.setInt(indexSlot, i);
                execute(frame, statements[i]);
            }
        }
    }

    private static void execute(VirtualFrame frame, StmtNode s) {
        try {
            s.executeVoid(frame);
        } catch (PyException e) {
            e.recordStatement(s);
            throw e;
        }
    }
}
