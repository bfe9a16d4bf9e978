package pyt.nodes.generator;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import pyt.PytLanguage;
import pyt.nodes.StmtNode;
import pyt.nodes.control.ReturnException;
import pyt.runtime.PyGenerator;

/**
 * The body of a generator function, run once per resumption. The generator is the last frame
 * argument. The body runs on the generator's own materialized frame, not on this root's
 * (empty) frame, so its locals and resume positions survive between resumptions without being
 * copied; when the root is inlined into the loop that consumes the generator, those slots are
 * plain field accesses of the generator's frame.
 */
public final class GeneratorBodyRootNode extends RootNode {
    private final String name;
    private final String qualname;
    private final SourceSection section;
    private final ResumeSlots resume;
    /** The layout of the generator's frame, which each {@link PyGenerator} allocates once. */
    private final FrameDescriptor bodyDescriptor;
    /** The frame slot that {@code return} statements store their value in; -1 when there are none. */
    private final int returnSlot;
    @Child private StmtNode body;

    public GeneratorBodyRootNode(PytLanguage language, FrameDescriptor bodyDescriptor, int returnSlot, String name, String qualname,
                    SourceSection section, ResumeSlots resume, StmtNode body) {
        super(language, FrameDescriptor.newBuilder().build());
        this.bodyDescriptor = bodyDescriptor;
        this.returnSlot = returnSlot;
        this.name = name;
        this.qualname = qualname;
        this.section = section;
        this.resume = resume;
        this.body = body;
    }

    static PyGenerator generator(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        return (PyGenerator) args[args.length - 1];
    }

    public FrameDescriptor getBodyDescriptor() {
        return bodyDescriptor;
    }

    /** Returns the yielded value, or a {@link PyGenerator.Finished} carrying the return value. */
    @Override
    public Object execute(VirtualFrame frame) {
        MaterializedFrame generatorFrame = generator(frame).getFrame();
        try {
            body.executeVoid(generatorFrame);
            return PyGenerator.Finished.NONE;
        } catch (ReturnException e) {
            return PyGenerator.Finished.of(generatorFrame.getObject(returnSlot));
        } catch (YieldException e) {
            // the next run of the body is a resumption: the statements walk back to this yield
            resume.setResuming(generatorFrame, true);
            return e.getValue();
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getQualifiedName() {
        return qualname;
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public String toString() {
        return qualname;
    }
}
