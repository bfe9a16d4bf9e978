package pyt.runtime;

import com.oracle.truffle.api.RootCallTarget;

import pyt.interop.InteropObject;

/**
 * What several function objects made by the same {@code def} share: the call target and the
 * signature. Call sites cache on the code, so closures of one {@code def} share a cache entry.
 */
public final class PyCode extends InteropObject {
    private final String name;
    private RootCallTarget callTarget;
    /** Makes the call target on first use (functions are translated lazily); null once done. */
    private java.util.function.Supplier<RootCallTarget> translator;
    private final Signature signature;
    private final int flags;

    public static final int GENERATOR = 1;
    public static final int COROUTINE = 2;

    public PyCode(String name, RootCallTarget callTarget, Signature signature, int flags) {
        this.name = name;
        this.callTarget = callTarget;
        this.signature = signature;
        this.flags = flags;
    }

    /** A code whose call target {@code translator} makes when the function is first called. */
    public PyCode(String name, java.util.function.Supplier<RootCallTarget> translator, Signature signature, int flags) {
        this.name = name;
        this.translator = translator;
        this.signature = signature;
        this.flags = flags;
    }

    public String getName() {
        return name;
    }

    public RootCallTarget getCallTarget() {
        RootCallTarget target = callTarget;
        if (target == null) {
            target = translate();
        }
        return target;
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private synchronized RootCallTarget translate() {
        if (callTarget == null) {
            callTarget = translator.get();
            translator = null;
        }
        return callTarget;
    }

    public Signature getSignature() {
        return signature;
    }

    public boolean isGenerator() {
        return (flags & GENERATOR) != 0;
    }
}
