package pyt.nodes.pattern;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.nodes.PytNode;
import pyt.nodes.StmtNode;
import pyt.nodes.access.TargetNode;
import pyt.nodes.lib.ConditionNode;

/**
 * {@code case pattern if guard: body}. The pattern captures into temporary slots; when it
 * matches, the captured values are assigned to their names, then the guard decides. As in
 * CPython, a failing guard leaves the names bound.
 */
public final class MatchCaseNode extends PytNode {
    @Child private PatternNode pattern;
    @Children private final TargetNode[] stores;
    @CompilationFinal(dimensions = 1) private final int[] captureSlots;
    @Child private ConditionNode guard;
    @Child private StmtNode body;

    public MatchCaseNode(PatternNode pattern, TargetNode[] stores, int[] captureSlots, ConditionNode guard, StmtNode body) {
        this.pattern = pattern;
        this.stores = stores;
        this.captureSlots = captureSlots;
        this.guard = guard;
        this.body = body;
    }

    /** Tries the pattern and the guard, binding the captures when the pattern matches. */
    public boolean matches(VirtualFrame frame, Object subject) {
        return matchPattern(frame, subject) && passesGuard(frame);
    }

    @ExplodeLoop
    boolean matchPattern(VirtualFrame frame, Object subject) {
        if (!pattern.match(frame, subject)) {
            return false;
        }
        for (int i = 0; i < stores.length; i++) {
            stores[i].execute(frame, frame.getObject(captureSlots[i]));
        }
        return true;
    }

    boolean passesGuard(VirtualFrame frame) {
        return guard == null || guard.execute(frame);
    }

    public void executeBody(VirtualFrame frame) {
        body.executeVoid(frame);
    }
}
