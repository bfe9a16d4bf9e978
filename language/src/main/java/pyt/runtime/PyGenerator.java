package pyt.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

import pyt.PytLanguage;

/**
 * A generator: the suspended state of a generator function's body. Each resumption calls the
 * body's call target again; the body copies its frame slots (locals and the position of every
 * resumable statement) in from {@link #savedFrame} and out again when it yields, so no thread
 * or continuation is needed (docs/generators.md).
 */
public final class PyGenerator extends PyIterator {
    private final RootCallTarget body;
    private final Object[] arguments;
    private final String name;
    private final String qualname;
    private MaterializedFrame savedFrame;
    private boolean running;
    private boolean finished;
    /** The value {@code send()} passes in, or the exception {@code throw()} raises at the yield. */
    private Object sent = PyNone.NONE;
    private PyException thrown;

    /** What the body returns when the generator finished rather than yielded. */
    public static final class Finished {
        public final Object value;

        public Finished(Object value) {
            this.value = value;
        }
    }

    public PyGenerator(RootCallTarget body, Object[] functionArguments, String name, String qualname) {
        this.body = body;
        this.arguments = new Object[functionArguments.length + 1];
        System.arraycopy(functionArguments, 0, arguments, 0, functionArguments.length);
        this.arguments[functionArguments.length] = this;
        this.name = name;
        this.qualname = qualname;
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

    public MaterializedFrame getSavedFrame() {
        return savedFrame;
    }

    public void setSavedFrame(MaterializedFrame frame) {
        this.savedFrame = frame;
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
     * Runs the body until the next yield: returns the yielded value, or a {@link Finished}
     * carrying the return value. An exception from the body finishes the generator.
     */
    @TruffleBoundary
    public Object resume(Object value, PyException toThrow) {
        if (finished) {
            if (toThrow != null) {
                throw toThrow;
            }
            return new Finished(PyNone.NONE);
        }
        if (running) {
            throw PyErrors.valueError(null, "generator already executing");
        }
        if (savedFrame == null && (value != PyNone.NONE)) {
            throw PyErrors.typeError(null, "can't send non-None value to a just-started generator");
        }
        if (savedFrame == null && toThrow != null) {
            finished = true;
            throw toThrow;
        }
        sent = value;
        thrown = toThrow;
        running = true;
        try {
            Object r = body.call(arguments);
            if (r instanceof Finished) {
                finished = true;
                savedFrame = null;
            }
            return r;
        } catch (PyException e) {
            finished = true;
            savedFrame = null;
            if (e.getPyType().isSubtypeOf(PytLanguage.get(null).types().StopIteration)) {
                PyBaseException wrapped = PyErrors.create(PyErr.RuntimeError.get(PytLanguage.get(null).types()), "generator raised StopIteration");
                wrapped.setCause(e.getPyObject());
                wrapped.setContext(e.getPyObject());
                wrapped.setSuppressContext(true);
                throw new PyException(wrapped, null);
            }
            throw e;
        } finally {
            running = false;
        }
    }

    /**
     * {@code close()}: raises GeneratorExit at the suspended yield; the body must let it (or
     * StopIteration) escape or finish, not yield again.
     */
    @TruffleBoundary
    public void close() {
        if (finished || savedFrame == null) {
            finished = true;
            savedFrame = null;
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
