package pyt.nodes.pattern;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.runtime.PyNone;

/** {@code None}, {@code True} or {@code False} as a pattern: an identity test. */
public final class SingletonPatternNode extends PatternNode {
    /** {@link PyNone#NONE}, {@link Boolean#TRUE} or {@link Boolean#FALSE}. */
    private final Object value;

    public SingletonPatternNode(Object value) {
        this.value = value;
    }

    @Override
    public boolean match(VirtualFrame frame, Object subject) {
        if (value == PyNone.NONE) {
            return subject == PyNone.NONE;
        }
        return subject instanceof Boolean b && b.booleanValue() == ((Boolean) value).booleanValue();
    }
}
