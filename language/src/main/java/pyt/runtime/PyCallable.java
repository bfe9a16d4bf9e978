package pyt.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import pyt.nodes.call.CallDispatchNode;

/** A function implemented by a call target, user-defined or builtin: what call sites cache on. */
@ExportLibrary(InteropLibrary.class)
public abstract class PyCallable implements TruffleObject {
    private final PyCode code;

    protected PyCallable(PyCode code) {
        this.code = code;
    }

    public final PyCode getCode() {
        return code;
    }

    /** The globals the code runs with (null for builtins). */
    public abstract PyModule getGlobals();

    /** Default values of the last positional parameters, or an empty array. */
    public abstract Object[] getDefaults();

    /** Default values of keyword-only parameters, one per keyword-only parameter, null where none. */
    public abstract Object[] getKwDefaults();

    public abstract String getName();

    @ExportMessage
    final boolean isExecutable() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    final Object execute(Object[] arguments) {
        return CallDispatchNode.callUncached(this, HostValues.toPython(arguments));
    }
}
