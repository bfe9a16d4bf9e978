package pyt.nodes.pattern;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.nodes.ExprNode;

/**
 * {@code Cls(p0, p1, attr=p2)}: an isinstance test, then the positional subpatterns against the
 * attributes {@code Cls.__match_args__} names (or the subject itself for int, str, list and the
 * other builtins that match themselves), then the keyword ones against the named attributes.
 * All attributes are read before any subpattern is tried; a missing one means no match.
 */
public final class ClassPatternNode extends PatternNode {
    @Child private ExprNode cls;
    /** The positional subpatterns, then the keyword ones. */
    @Children private final PatternNode[] patterns;
    private final int positional;
    @CompilationFinal(dimensions = 1) private final String[] keywords;

    public ClassPatternNode(ExprNode cls, PatternNode[] patterns, int positional, String[] keywords) {
        this.cls = cls;
        this.patterns = patterns;
        this.positional = positional;
        this.keywords = keywords;
    }

    @Override
    @ExplodeLoop
    public boolean match(VirtualFrame frame, Object subject) {
        Object[] attributes = MatchProtocol.matchClass(this, subject, cls.executeGeneric(frame), positional, keywords);
        if (attributes == null) {
            return false;
        }
        for (int i = 0; i < patterns.length; i++) {
            if (!patterns[i].match(frame, attributes[i])) {
                return false;
            }
        }
        return true;
    }
}
