package pyt.runtime;

import com.oracle.truffle.api.RootCallTarget;

import pyt.interop.InteropObject;

/**
 * What several function objects made by the same {@code def} share: the call target and the
 * signature. Call sites cache on the code, so closures of one {@code def} share a cache entry.
 */
public final class PyCode extends InteropObject {
    private final String name;
    private final RootCallTarget callTarget;
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

    public String getName() {
        return name;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public Signature getSignature() {
        return signature;
    }

    public boolean isGenerator() {
        return (flags & GENERATOR) != 0;
    }
}
