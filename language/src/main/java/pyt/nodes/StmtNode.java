package pyt.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;

/**
 * A node executed for its effect. Statements compiled from a Python statement carry
 * {@link StandardTags.StatementTag}, and a function's whole body {@link StandardTags.RootTag} and
 * {@link StandardTags.RootBodyTag}, so tools (profiler, debugger, coverage) can attach to them.
 */
@GenerateWrapper
public abstract class StmtNode extends PytNode implements InstrumentableNode {
    private boolean statement;
    private boolean rootBody;

    public abstract void executeVoid(VirtualFrame frame);

    /** Marks this node as a whole Python statement, for the statement tag. */
    public final void markStatement() {
        statement = true;
    }

    /** Marks this node as the body of a function or module, for the root tags. */
    public final void markRootBody() {
        rootBody = true;
    }

    @Override
    public boolean isInstrumentable() {
        return hasSource();
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new StmtNodeWrapper(this, probe);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        if (tag == StandardTags.StatementTag.class) {
            return statement;
        }
        if (tag == StandardTags.RootTag.class || tag == StandardTags.RootBodyTag.class) {
            return rootBody;
        }
        return false;
    }
}
