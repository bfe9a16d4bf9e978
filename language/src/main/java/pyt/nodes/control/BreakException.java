package pyt.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds from a {@code break} to its loop. */
public final class BreakException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final BreakException INSTANCE = new BreakException();
}
