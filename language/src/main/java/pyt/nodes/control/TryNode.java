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

    public TryNode(StmtNode body, Handler[] handlers, StmtNode orelse, StmtNode finalbody) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
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

    @ExplodeLoop
    private void handle(VirtualFrame frame, PyException e) {
        PyBaseException exc = e.getPyObject();
        for (Handler h : handlers) {
            if (h.matches(frame, exc)) {
                PytContext context = PytContext.get(this);
                PyBaseException saved = context.handledException;
                context.handledException = exc;
                try {
                    h.run(frame, exc);
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

        void run(VirtualFrame frame, PyBaseException exc) {
            if (target == null) {
                body.executeVoid(frame);
                return;
            }
            target.execute(frame, exc);
            try {
                body.executeVoid(frame);
            } finally {
                unbind.executeVoid(frame);
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
            throw PyErrors.typeError(this, "catching classes that do not inherit from BaseException is not allowed");
        }
    }
}
