package pyt.nodes.pattern;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.PytNode;

/**
 * One pattern of a {@code case} clause. It tests a subject and, when it matches, leaves the
 * values it captures in the case's capture slots; the case binds them to the names only once
 * the whole pattern has matched (as CPython 3.11 does).
 */
public abstract class PatternNode extends PytNode {

    public abstract boolean match(VirtualFrame frame, Object subject);
}
