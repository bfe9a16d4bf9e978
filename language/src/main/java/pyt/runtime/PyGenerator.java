package pyt.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;

import pyt.PytLanguage;
import pyt.nodes.generator.GeneratorResumeNodeGen;

/**
 * A generator: the suspended state of a generator function's body. Each resumption calls the
 * body's call target again (through {@code GeneratorResumeNode}); the body runs on
 * {@link #frame}, which holds its locals and the position of every resumable statement, so no
 * thread or continuation is needed (docs/generators.md).
 */
public final class PyGenerator extends PyIterator {
    private final RootCallTarget body;
    private final Object[] arguments;
    private final MaterializedFrame frame;
    private final String name;
    private final String qualname;
    private boolean started;
    private boolean running;
    private boolean finished;
    /** The value {@code send()} passes in, or the exception {@code throw()} raises at the yield. */
    private Object sent = PyNone.NONE;
    private PyException thrown;

    /** What the body returns when the generator finished rather than yielded. */
    public static final class Finished {
        /** A body that ran off its end or returned None: the common case needs no allocation. */
        public static final Finished NONE = new Finished(PyNone.NONE);
        public final Object value;

        private Finished(Object value) {
            this.value = value;
        }

        public static Finished of(Object value) {
            return value == PyNone.NONE ? NONE : new Finished(value);
        }
    }

    public PyGenerator(RootCallTarget body, FrameDescriptor bodyDescriptor, Object[] functionArguments, String name, String qualname) {
        this.body = body;
        this.arguments = new Object[functionArguments.length + 1];
        System.arraycopy(functionArguments, 0, arguments, 0, functionArguments.length);
        this.arguments[functionArguments.length] = this;
        this.frame = newFrame(arguments, bodyDescriptor);
        this.name = name;
        this.qualname = qualname;
    }

    /**
     * Behind a boundary on purpose: with the frame's allocation visible in the loop consuming
     * the generator, Graal folded a speculative guard against its array lengths and compiled the
     * whole loop into a deoptimization (docs/generators.md).
     */
    @TruffleBoundary
    private static MaterializedFrame newFrame(Object[] arguments, FrameDescriptor descriptor) {
        return Truffle.getRuntime().createMaterializedFrame(arguments, descriptor);
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.generator;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    /** The call target every resumption runs; resumption sites cache it, as calls cache code. */
    public RootCallTarget getBody() {
        return body;
    }

    /** The arguments of each call of the body: the function's own, then this generator. */
    public Object[] getArguments() {
        return arguments;
    }

    /** The frame the body runs on, across all resumptions. */
    public MaterializedFrame getFrame() {
        return frame;
    }

    public boolean isFinished() {
        return finished;
    }

    /** Called by the yield being resumed: the value sent in, or raises what throw() passed. */
    public Object takeSent() {
        PyException t = thrown;
        if (t != null) {
            thrown = null;
            throw t;
        }
        Object v = sent;
        sent = PyNone.NONE;
        return v;
    }

    /**
     * Called by a {@code yield from} being resumed: the exception {@code throw()} or
     * {@code close()} passed, which it hands to its sub-iterator, or null.
     */
    public PyException takeThrown() {
        PyException t = thrown;
        thrown = null;
        return t;
    }

    public boolean isRunning() {
        return running;
    }

    /** The globals of the generator function's call, for the generator's frame object. */
    public PyModule getGlobals() {
        return (PyModule) arguments[PArguments.GLOBALS];
    }

    /** The next value, or null when the generator is exhausted (for loops and builtins). */
    @Override
    public Object next() {
        Object r = resume(PyNone.NONE, null);
        if (r instanceof Finished) {
            return null;
        }
        return r;
    }

    /**
     * Runs the body until the next yield, from slow paths: returns the yielded value, or a
     * {@link Finished} carrying the return value.
     */
    @TruffleBoundary
    public Object resume(Object value, PyException toThrow) {
        return GeneratorResumeNodeGen.getUncached().execute(this, value, toThrow);
    }

    /**
     * Before the body runs: raises what CPython raises for a generator that cannot run now, and
     * leaves for the yield being resumed what it evaluates to. False when the generator has
     * finished, so that the step finishes without running the body.
     */
    public boolean enter(Object value, PyException toThrow) {
        if (finished) {
            if (toThrow != null) {
                throw toThrow;
            }
            return false;
        }
        if (running) {
            throw PyErrors.valueError(null, "generator already executing");
        }
        if (!started) {
            if (value != PyNone.NONE) {
                throw PyErrors.typeError(null, "can't send non-None value to a just-started generator");
            }
            if (toThrow != null) {
                finished = true;
                throw toThrow;
            }
            started = true;
        }
        sent = value;
        thrown = toThrow;
        running = true;
        return true;
    }

    /** After the body yielded or returned {@code result}. */
    public Object exit(Object result) {
        if (result instanceof Finished) {
            finished = true;
        }
        return result;
    }

    /** However the body left, the generator is no longer running ({@code gi_running}). */
    public void leave() {
        running = false;
    }

    /**
     * After the body raised: the generator is finished, and a StopIteration escaping it becomes
     * a RuntimeError (PEP 479).
     */
    @TruffleBoundary
    public PyException failed(PyException e) {
        finished = true;
        if (e.getPyType().isSubtypeOf(PytLanguage.get(null).types().StopIteration)) {
            PyBaseException wrapped = PyErrors.create(PyErr.RuntimeError.get(PytLanguage.get(null).types()), "generator raised StopIteration");
            wrapped.setCause(e.getPyObject());
            wrapped.setContext(e.getPyObject());
            wrapped.setSuppressContext(true);
            return new PyException(wrapped, null);
        }
        return e;
    }

    /**
     * {@code close()}: raises GeneratorExit at the suspended yield; the body must let it (or
     * StopIteration) escape or finish, not yield again.
     */
    @TruffleBoundary
    public void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        BuiltinTypes types = PytLanguage.get(null).types();
        try {
            Object r = resume(PyNone.NONE, new PyException(PyErrors.create(types.GeneratorExit, null), null));
            if (!(r instanceof Finished)) {
                throw PyErrors.raise(null, PyErr.RuntimeError, "generator ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (!e.getPyType().isSubtypeOf(types.GeneratorExit) && !e.getPyType().isSubtypeOf(types.StopIteration)) {
                throw e;
            }
        }
    }
}
