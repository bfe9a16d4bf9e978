package pyt.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds from a {@code continue} to its loop. */
public final class ContinueException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final ContinueException INSTANCE = new ContinueException();
}
