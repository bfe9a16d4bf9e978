package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.PytNode;

/** Something a value can be assigned to: a variable, attribute, subscript, or an unpacking of several. */
public abstract class TargetNode extends PytNode {

    public abstract void execute(VirtualFrame frame, Object value);
}
