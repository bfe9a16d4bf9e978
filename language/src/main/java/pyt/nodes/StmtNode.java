package pyt.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A node executed for its effect. */
public abstract class StmtNode extends PytNode {

    public abstract void executeVoid(VirtualFrame frame);
}
