package pyt.nodes.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import pyt.runtime.PyException;
import pyt.runtime.PyGenerator;

/**
 * Runs a generator's body until its next yield: the one way generators are resumed ({@code for}
 * loops, {@code next}, {@code send}, {@code throw}, {@code yield from}). Returns the yielded
 * value, or a {@link PyGenerator.Finished}. Cached by the body's call target, that is by the
 * generator function's code and not by the generator, so that one {@link DirectCallNode} per
 * consuming site serves every generator it meets and Graal can inline the body into the loop.
 */
@GenerateUncached
public abstract class GeneratorResumeNode extends Node {
    static final int CACHE_LIMIT = 3;

    /** {@code toThrow} is null unless {@code throw()} or {@code close()} resumes the generator. */
    public abstract Object execute(PyGenerator generator, Object sent, PyException toThrow);

    @Specialization(guards = "generator.getBody() == cachedBody", limit = "CACHE_LIMIT")
    static Object cached(PyGenerator generator, Object sent, PyException toThrow,
                    @Cached("generator.getBody()") @SuppressWarnings("unused") RootCallTarget cachedBody,
                    @Cached("create(cachedBody)") DirectCallNode callNode) {
        return run(generator, sent, toThrow, callNode, null);
    }

    @Specialization(replaces = "cached")
    static Object indirect(PyGenerator generator, Object sent, PyException toThrow,
                    @Cached IndirectCallNode callNode) {
        return run(generator, sent, toThrow, null, callNode);
    }

    /** Calls the body through {@code direct} when the site is monomorphic, else {@code indirect}. */
    private static Object run(PyGenerator generator, Object sent, PyException toThrow, DirectCallNode direct, IndirectCallNode indirect) {
        if (!generator.enter(sent, toThrow)) {
            return PyGenerator.Finished.NONE;
        }
        try {
            Object[] arguments = generator.getArguments();
            return generator.exit(direct != null ? direct.call(arguments) : indirect.call(generator.getBody(), arguments));
        } catch (PyException e) {
            throw generator.failed(e);
        } finally {
            generator.leave();
        }
    }
}
