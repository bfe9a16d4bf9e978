package pyt.nodes.generator;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import pyt.PytLanguage;
import pyt.nodes.StmtNode;
import pyt.nodes.control.ReturnException;
import pyt.runtime.PyGenerator;
import pyt.runtime.PyNone;

/**
 * The body of a generator function, run once per resumption. The generator is the last frame
 * argument. On resumption the saved frame slots are copied back and the resuming flag set, so
 * the resumable statements walk straight back to the yield that suspended the body.
 */
public final class GeneratorBodyRootNode extends RootNode {
    private final String name;
    private final String qualname;
    private final SourceSection section;
    private final ResumeSlots resume;
    /** The frame slot that {@code return} statements store their value in; -1 when there are none. */
    private final int returnSlot;
    @Child private StmtNode body;

    public GeneratorBodyRootNode(PytLanguage language, FrameDescriptor descriptor, int returnSlot, String name, String qualname,
                    SourceSection section, ResumeSlots resume, StmtNode body) {
        super(language, descriptor);
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

    @Override
    public Object execute(VirtualFrame frame) {
        PyGenerator gen = generator(frame);
        MaterializedFrame saved = gen.getSavedFrame();
        int slots = getFrameDescriptor().getNumberOfSlots();
        if (saved != null) {
            saved.copyTo(0, frame, 0, slots);
            resume.setResuming(frame, true);
        } else {
            resume.setResuming(frame, false);
        }
        try {
            body.executeVoid(frame);
            return new PyGenerator.Finished(PyNone.NONE);
        } catch (ReturnException e) {
            return new PyGenerator.Finished(frame.getObject(returnSlot));
        } catch (YieldException e) {
            MaterializedFrame store = saved != null ? saved
                            : Truffle.getRuntime().createMaterializedFrame(frame.getArguments(), getFrameDescriptor());
            frame.copyTo(0, store, 0, slots);
            gen.setSavedFrame(store);
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
