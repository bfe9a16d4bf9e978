package pyt.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Leaves a generator body at a {@code yield}, carrying the yielded value to the generator's root. */
public final class YieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public YieldException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
