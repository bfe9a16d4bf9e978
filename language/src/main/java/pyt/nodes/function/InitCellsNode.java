package pyt.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.nodes.StmtNode;
import pyt.runtime.PArguments;
import pyt.runtime.PyCell;
import pyt.runtime.PyFunction;

/**
 * The prologue of a function with closures: fresh cells for its cell variables (initialized
 * from the parameter when the variable is one) and its closure's cells for its free variables.
 */
public final class InitCellsNode extends StmtNode {
    private final int[] cellSlots;
    /** For each cell slot, the parameter index it starts from, or -1. */
    private final int[] cellParameters;
    private final int[] freeSlots;

    public InitCellsNode(int[] cellSlots, int[] cellParameters, int[] freeSlots) {
        this.cellSlots = cellSlots;
        this.cellParameters = cellParameters;
        this.freeSlots = freeSlots;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (int i = 0; i < cellSlots.length; i++) {
            Object initial = cellParameters[i] >= 0 ? PArguments.getParameter(frame, cellParameters[i]) : null;
            frame.setObject(cellSlots[i], new PyCell(initial));
        }
        if (freeSlots.length > 0) {
            PyCell[] closure = ((PyFunction) PArguments.getCallee(frame)).getClosure();
            for (int i = 0; i < freeSlots.length; i++) {
                frame.setObject(freeSlots[i], closure[i]);
            }
        }
    }
}
