package pyt.nodes.function;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import pyt.PytLanguage;
import pyt.nodes.StmtNode;
import pyt.nodes.control.ReturnException;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;

/**
 * The root of a Python function, lambda, module body or class body. It turns a {@code return}
 * into the call's result, and a Java stack overflow into RecursionError: pyt bounds recursion
 * by the thread's stack rather than by counting frames, which would cost a context lookup per
 * call (docs/dialect.md).
 */
public final class FunctionRootNode extends RootNode {
    private final String name;
    private final String qualname;
    private final SourceSection section;
    /** The frame slot that {@code return} statements store their value in; -1 when there are none. */
    private final int returnSlot;
    @Child private StmtNode body;

    public FunctionRootNode(PytLanguage language, FrameDescriptor descriptor, int returnSlot, String name, String qualname,
                    SourceSection section, StmtNode body) {
        super(language, descriptor);
        this.name = name;
        this.qualname = qualname;
        this.section = section;
        this.returnSlot = returnSlot;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
            return PyNone.NONE;
        } catch (ReturnException e) {
            return frame.getObject(returnSlot);
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw recursionError();
        }
    }

    private RuntimeException recursionError() {
        throw PyErrors.raise(this, PyErr.RecursionError, "maximum recursion depth exceeded");
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
    public boolean isCloningAllowed() {
        return true;
    }

    @Override
    public String toString() {
        return qualname;
    }
}
