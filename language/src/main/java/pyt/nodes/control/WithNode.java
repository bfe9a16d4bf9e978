package pyt.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.PytContext;
import pyt.PytLanguage;
import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;
import pyt.nodes.access.TargetNode;
import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.generator.ResumeSlots;
import pyt.nodes.generator.YieldException;
import pyt.nodes.lib.PyObjectIsTrueNode;
import pyt.runtime.PyBaseException;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyMethod;
import pyt.runtime.PyNone;
import pyt.runtime.PyType;

/**
 * {@code with manager as target: body} for one item (several items nest): {@code __enter__}
 * before the body, {@code __exit__} after it, with the exception if the body raised one; a
 * true result from {@code __exit__} suppresses the exception.
 */
public final class WithNode extends StmtNode {
    @Child private ExprNode manager;
    @Child private TargetNode target;
    @Child private StmtNode body;
    private final ResumeSlots resume;
    /** In a generator: the bound {@code __exit__}, kept for resumption. */
    private final int exitSlot;

    public WithNode(ExprNode manager, TargetNode target, StmtNode body) {
        this(manager, target, body, null, -1);
    }

    public WithNode(ExprNode manager, TargetNode target, StmtNode body, ResumeSlots resume, int exitSlot) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.resume = resume;
        this.exitSlot = exitSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object exit;
        if (resume != null && resume.isResuming(frame)) {
            exit = frame.getObject(exitSlot);
        } else {
            Object mgr = manager.executeGeneric(frame);
            Object[] methods = lookup(mgr);
            Object entered = CallDispatchNode.callUncached(methods[0]);
            exit = methods[1];
            if (resume != null) {
                frame.setObject(exitSlot, exit);
            }
            if (target != null) {
                target.execute(frame, entered);
            }
        }
        boolean exited = false;
        try {
            body.executeVoid(frame);
        } catch (YieldException y) {
            // Suspended inside the block: the manager stays entered.
            exited = true;
            throw y;
        } catch (PyException e) {
            exited = true;
            if (!exitWithException(exit, e)) {
                throw e;
            }
        } finally {
            // Also after return, break and continue, which leave the body as exceptions.
            if (!exited) {
                CallDispatchNode.callUncached(exit, PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
        }
    }

    @TruffleBoundary
    private boolean exitWithException(Object exit, PyException e) {
        PyBaseException exc = e.getPyObject();
        PytContext context = PytContext.get(this);
        PyBaseException saved = context.handledException;
        context.handledException = exc;
        try {
            Object r = CallDispatchNode.callUncached(exit, exc.getPyType(), exc, exc.getTraceback());
            return PyObjectIsTrueNode.isTrueUncached(r);
        } finally {
            context.handledException = saved;
        }
    }

    /** The bound {@code __enter__} and {@code __exit__}. */
    @TruffleBoundary
    private Object[] lookup(Object mgr) {
        PyType type = PytLanguage.get(this).types().typeOf(mgr);
        Object enter = type.lookup("__enter__");
        Object exit = type.lookup("__exit__");
        if (enter == null) {
            throw PyErrors.typeError(this, "'%s' object does not support the context manager protocol", type.getName());
        }
        if (exit == null) {
            throw PyErrors.typeError(this, "'%s' object does not support the context manager protocol (missed __exit__ method)",
                            type.getName());
        }
        return new Object[]{new PyMethod(mgr, enter), new PyMethod(mgr, exit)};
    }
}
