package pyt.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Unwinds from a {@code return} to the function's root, which reads the value from the frame's
 * return slot. One shared instance: a fresh exception per return would be materialized wherever
 * its path merges with exceptions from a call that was not inlined, costing an allocation per
 * call (it was the largest allocation of recursive fib).
 */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final ReturnException INSTANCE = new ReturnException();

    private ReturnException() {
    }
}
