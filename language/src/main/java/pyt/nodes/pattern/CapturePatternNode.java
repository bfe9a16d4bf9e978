package pyt.nodes.pattern;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code name}, {@code _} and {@code pattern as name}: an optional subpattern, then the capture. */
public final class CapturePatternNode extends PatternNode {
    @Child private PatternNode pattern;
    private final int slot;

    /** {@code pattern} null for a bare capture or {@code _}; {@code slot} -1 for {@code _}. */
    public CapturePatternNode(PatternNode pattern, int slot) {
        this.pattern = pattern;
        this.slot = slot;
    }

    public boolean isWildcard() {
        return pattern == null && slot < 0;
    }

    @Override
    public boolean match(VirtualFrame frame, Object subject) {
        if (pattern != null && !pattern.match(frame, subject)) {
            return false;
        }
        if (slot >= 0) {
            frame.setObject(slot, subject);
        }
        return true;
    }
}
