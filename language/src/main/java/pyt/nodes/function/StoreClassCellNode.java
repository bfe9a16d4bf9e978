package pyt.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.StmtNode;
import pyt.nodes.access.ClassNamespace;
import pyt.runtime.PArguments;

/** Ends a class body that has a {@code __class__} cell: hands the cell to type.__new__ as {@code __classcell__}. */
public final class StoreClassCellNode extends StmtNode {
    private final int cellSlot;

    public StoreClassCellNode(int cellSlot) {
        this.cellSlot = cellSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        ClassNamespace.set(PArguments.getParameter(frame, 0), "__classcell__", frame.getObject(cellSlot));
    }
}
