package pyt.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.runtime.PyNone;

/**
 * {@code yield value}. Executed fresh, it leaves the body with the value; executed while the
 * body is being resumed, it is where execution continues: it ends resume mode and evaluates to
 * the value sent in (or raises what {@code throw()} passed).
 */
public final class YieldNode extends ExprNode {
    @Child private ExprNode value;
    private final ResumeSlots resume;

    public YieldNode(ExprNode value, ResumeSlots resume) {
        this.value = value;
        this.resume = resume;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (resume.isResuming(frame)) {
            resume.setResuming(frame, false);
            return GeneratorBodyRootNode.generator(frame).takeSent();
        }
        throw new YieldException(value == null ? PyNone.NONE : value.executeGeneric(frame));
    }

}
