package pyt.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.BranchProfile;

import pyt.PytContext;
import pyt.PytLanguage;
import pyt.nodes.ExprNode;
import pyt.nodes.PytNode;
import pyt.nodes.StmtNode;
import pyt.nodes.access.TargetNode;
import pyt.nodes.generator.ResumeSlots;
import pyt.nodes.generator.YieldException;
import pyt.runtime.PyBaseException;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/**
 * {@code try}/{@code except}/{@code else}/{@code finally}. While a handler runs, its exception
 * is the context's handled exception (for bare {@code raise}, {@code sys.exc_info()} and
 * implicit chaining); the {@code as} name is unbound when the handler ends, as in CPython.
 */
public final class TryNode extends StmtNode {
    @Child private StmtNode body;
    @Children private final Handler[] handlers;
    @Child private StmtNode orelse;
    @Child private StmtNode finalbody;
    private final BranchProfile caught = BranchProfile.create();
    private final ResumeSlots resume;
    /** In a generator: which part runs (BODY, ELSE, FINALLY, or HANDLER + index), and its exception. */
    private final int phaseSlot;
    private final int exceptionSlot;

    private static final int BODY = 0;
    private static final int ELSE = 1;
    private static final int FINALLY = 2;
    private static final int HANDLER = 3;

    public TryNode(StmtNode body, Handler[] handlers, StmtNode orelse, StmtNode finalbody) {
        this(body, handlers, orelse, finalbody, null, -1, -1);
    }

    public TryNode(StmtNode body, Handler[] handlers, StmtNode orelse, StmtNode finalbody, ResumeSlots resume, int phaseSlot,
                    int exceptionSlot) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
        this.resume = resume;
        this.phaseSlot = phaseSlot;
        this.exceptionSlot = exceptionSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (resume != null) {
            executeInGenerator(frame);
            return;
        }
        if (finalbody == null) {
            executeExcept(frame);
            return;
        }
        try {
            executeExcept(frame);
        } catch (PyException e) {
            // The finally block runs with the exception as context for anything it raises.
            PytContext context = PytContext.get(this);
            PyBaseException saved = context.handledException;
            context.handledException = e.getPyObject();
            try {
                finalbody.executeVoid(frame);
            } finally {
                context.handledException = saved;
            }
            throw e;
        } catch (Throwable t) {
            finalbody.executeVoid(frame);
            throw t;
        }
        finalbody.executeVoid(frame);
    }

    private void executeExcept(VirtualFrame frame) {
        if (handlers.length == 0) {
            body.executeVoid(frame);
        } else {
            try {
                body.executeVoid(frame);
            } catch (PyException e) {
                caught.enter();
                handle(frame, e);
                return;
            }
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    /**
     * The same semantics, resumable: the running part is recorded in {@link #phaseSlot} so a
     * yield inside the body, a handler, the else or the finally block can be resumed there.
     * A yield leaves without running the finally block.
     */
    private void executeInGenerator(VirtualFrame frame) {
        int phase = resume.isResuming(frame) ? frame.getInt(phaseSlot) : BODY;
        PyException pending = null;
        if (phase != FINALLY) {
            try {
                exceptPartInGenerator(frame, phase);
            } catch (YieldException y) {
                throw y;
            } catch (PyException e) {
                if (finalbody == null) {
                    throw e;
                }
                pending = e;
            } catch (com.oracle.truffle.api.nodes.ControlFlowException c) {
                if (finalbody != null) {
                    frame.setInt(phaseSlot, FINALLY);
                    frame.setObject(exceptionSlot, null);
                    finalbody.executeVoid(frame);
                }
                throw c;
            }
        } else {
            pending = (PyException) frame.getObject(exceptionSlot);
        }
        if (finalbody != null) {
            frame.setInt(phaseSlot, FINALLY);
            frame.setObject(exceptionSlot, pending);
            finalbody.executeVoid(frame);
            if (pending != null) {
                throw pending;
            }
        }
    }

    private void exceptPartInGenerator(VirtualFrame frame, int phase) {
        if (phase == BODY) {
            frame.setInt(phaseSlot, BODY);
            try {
                body.executeVoid(frame);
            } catch (PyException e) {
                for (int i = 0; i < handlers.length; i++) {
                    if (handlers[i].matches(frame, e.getPyObject())) {
                        frame.setInt(phaseSlot, HANDLER + i);
                        frame.setObject(exceptionSlot, e);
                        runHandler(frame, handlers[i], e.getPyObject(), false);
                        return;
                    }
                }
                throw e;
            }
            if (orelse != null) {
                frame.setInt(phaseSlot, ELSE);
                orelse.executeVoid(frame);
            }
        } else if (phase == ELSE) {
            orelse.executeVoid(frame);
        } else {
            PyException e = (PyException) frame.getObject(exceptionSlot);
            runHandler(frame, handlers[phase - HANDLER], e.getPyObject(), true);
        }
    }

    private void runHandler(VirtualFrame frame, Handler h, PyBaseException exc, boolean resuming) {
        PytContext context = PytContext.get(this);
        PyBaseException saved = context.handledException;
        context.handledException = exc;
        try {
            h.run(frame, exc, resuming);
        } finally {
            context.handledException = saved;
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PyException e) {
        PyBaseException exc = e.getPyObject();
        for (Handler h : handlers) {
            if (h.matches(frame, exc)) {
                PytContext context = PytContext.get(this);
                PyBaseException saved = context.handledException;
                context.handledException = exc;
                try {
                    h.run(frame, exc, false);
                } finally {
                    context.handledException = saved;
                }
                return;
            }
        }
        throw e;
    }

    /** One {@code except T as name:} clause. */
    public static final class Handler extends PytNode {
        @Child private ExprNode type;
        @Child private TargetNode target;
        @Child private StmtNode unbind;
        @Child private StmtNode body;

        public Handler(ExprNode type, TargetNode target, StmtNode unbind, StmtNode body) {
            this.type = type;
            this.target = target;
            this.unbind = unbind;
            this.body = body;
        }

        boolean matches(VirtualFrame frame, PyBaseException exc) {
            if (type == null) {
                return true;
            }
            return matchesType(exc, type.executeGeneric(frame));
        }

        /** {@code resuming}: re-entering a handler whose body yielded; its name is still bound. */
        void run(VirtualFrame frame, PyBaseException exc, boolean resuming) {
            if (target == null) {
                body.executeVoid(frame);
                return;
            }
            if (!resuming) {
                target.execute(frame, exc);
            }
            boolean yielded = false;
            try {
                body.executeVoid(frame);
            } catch (YieldException y) {
                yielded = true;
                throw y;
            } finally {
                if (!yielded) {
                    unbind.executeVoid(frame);
                }
            }
        }

        @TruffleBoundary
        private boolean matchesType(PyBaseException exc, Object t) {
            PyType base = PytLanguage.get(this).types().BaseException;
            if (t instanceof PyTuple tuple) {
                for (Object item : tuple.items()) {
                    if (matchesType(exc, item)) {
                        return true;
                    }
                }
                return false;
            }
            if (t instanceof PyType cls && cls.isSubtypeOf(base)) {
                return exc.getPyType().isSubtypeOf(cls);
            }
            // except SomeJavaException: a foreign class catches the foreign exceptions it is the class of
            Boolean foreign = pyt.interop.ForeignExceptions.handlerMatches(exc, t);
            if (foreign != null) {
                return foreign;
            }
            throw PyErrors.typeError(this, "catching classes that do not inherit from BaseException is not allowed");
        }
    }
}
