package pyt.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of pyt's executable nodes: remembers the source range it was compiled from, so that
 * tracebacks and tools can name the Python line.
 */
@TypeSystemReference(PytTypes.class)
public abstract class PytNode extends Node {
    private static final int NO_SOURCE = -1;

    private int sourceCharIndex = NO_SOURCE;
    private int sourceLength;

    public final void setSourceRange(int charIndex, int length) {
        this.sourceCharIndex = charIndex;
        this.sourceLength = length;
    }

    public final boolean hasSource() {
        return sourceCharIndex != NO_SOURCE;
    }

    @Override
    @TruffleBoundary
    public final SourceSection getSourceSection() {
        if (sourceCharIndex == NO_SOURCE) {
            return null;
        }
        SourceSection rootSection = getRootNode() == null ? null : getRootNode().getSourceSection();
        if (rootSection == null) {
            return null;
        }
        Source source = rootSection.getSource();
        int end = Math.min(sourceCharIndex + sourceLength, source.getLength());
        return source.createSection(sourceCharIndex, Math.max(0, end - sourceCharIndex));
    }
}
