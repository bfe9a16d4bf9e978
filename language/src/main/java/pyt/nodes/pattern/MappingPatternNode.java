package pyt.nodes.pattern;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.ExprNode;
import pyt.runtime.PyDict;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.runtime.PyTuple;

/**
 * {@code {key: pattern, ..., **rest}}: the subject must be a mapping (a dict or a registered
 * mapping) with at least as many items as keys; the keys are evaluated on each try and looked
 * up without triggering {@code __missing__}; {@code **rest} gets a new dict of the other items.
 */
public final class MappingPatternNode extends PatternNode {
    @Children private final ExprNode[] keys;
    @Children private final PatternNode[] values;
    private final int restSlot;

    /** {@code restSlot} is the capture slot of {@code **rest}, or -1. */
    public MappingPatternNode(ExprNode[] keys, PatternNode[] values, int restSlot) {
        this.keys = keys;
        this.values = values;
        this.restSlot = restSlot;
    }

    @Override
    @ExplodeLoop
    public boolean match(VirtualFrame frame, Object subject) {
        if (!isMapping(subject)) {
            return false;
        }
        int n = keys.length;
        if (n == 0 && restSlot < 0) {
            return true;
        }
        if (n > 0 && length(subject) < n) {
            return false;
        }
        Object[] keyValues = new Object[n];
        for (int i = 0; i < n; i++) {
            keyValues[i] = keys[i].executeGeneric(frame);
        }
        Object[] found = n == 0 ? keyValues : MatchProtocol.matchKeys(this, subject, keyValues);
        if (found == null) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!values[i].match(frame, found[i])) {
                return false;
            }
        }
        if (restSlot >= 0) {
            frame.setObject(restSlot, MatchProtocol.mappingRest(this, subject, keyValues));
        }
        return true;
    }

    private static boolean isMapping(Object subject) {
        if (subject instanceof PyDict) {
            return true;
        } else if (subject instanceof Long || subject instanceof TruffleString || subject instanceof PyList || subject instanceof PyTuple
                        || subject instanceof PyNone || subject instanceof Double || subject instanceof Boolean) {
            return false;
        }
        return MatchProtocol.collectionFlags(subject) == MatchProtocol.MAPPING;
    }

    private static long length(Object subject) {
        return subject instanceof PyDict d ? d.size() : MatchProtocol.length(subject);
    }
}
