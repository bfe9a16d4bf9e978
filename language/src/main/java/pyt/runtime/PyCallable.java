package pyt.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import pyt.interop.InteropProtocol;
import pyt.interop.InteropValues;
import pyt.nodes.call.CallDispatchNode;

/** A function implemented by a call target, user-defined or builtin: what call sites cache on. */
@ExportLibrary(InteropLibrary.class)
public abstract class PyCallable implements TruffleObject {
    private final PyCode code;
    /** A field rather than a virtual method, so the call path reads it without a dispatch. */
    private final PyModule globals;

    protected PyCallable(PyCode code, PyModule globals) {
        this.code = code;
        this.globals = globals;
    }

    /**
     * Whether a class attribute binds to the instance it is looked up on: a Python function or a
     * builtin type's method, but not a builtin function such as {@code abs} stored in a class.
     */
    public static boolean bindsToInstance(Object attribute) {
        return attribute instanceof PyFunction || attribute instanceof PyBuiltinFunction b && b.getOwner() != null;
    }

    public final PyCode getCode() {
        return code;
    }

    /** The globals the code runs with (null for builtins). */
    public final PyModule getGlobals() {
        return globals;
    }

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
        return InteropValues.toInterop(CallDispatchNode.callUncached(this, InteropValues.toPython(arguments)));
    }

    // ---- interop (embedding): name, class, display string, attributes and source of a function

    @ExportMessage
    final boolean hasExecutableName() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    final Object getExecutableName() {
        return PyStrings.of(getName());
    }

    @ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    final Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return pyt.PytLanguage.class;
    }

    @ExportMessage
    final boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    final Object getMetaObject() {
        return InteropProtocol.getMetaObject(this);
    }

    @ExportMessage
    final Object toDisplayString(boolean allowSideEffects) {
        return InteropProtocol.toDisplayString(this, allowSideEffects);
    }

    @ExportMessage
    final boolean hasSourceLocation() {
        return code.getCallTarget().getRootNode().getSourceSection() != null;
    }

    @ExportMessage
    @TruffleBoundary
    final com.oracle.truffle.api.source.SourceSection getSourceLocation() throws UnsupportedMessageException {
        com.oracle.truffle.api.source.SourceSection s = code.getCallTarget().getRootNode().getSourceSection();
        if (s == null) {
            throw UnsupportedMessageException.create();
        }
        return s;
    }

    @ExportMessage
    final boolean hasMembers() {
        return true;
    }

    @ExportMessage
    final Object getMembers(boolean includeInternal) {
        return InteropProtocol.getMembers(this, includeInternal);
    }

    @ExportMessage
    final boolean isMemberReadable(String member) {
        return InteropProtocol.isMemberReadable(this, member);
    }

    @ExportMessage
    final Object readMember(String member) throws UnknownIdentifierException {
        return InteropProtocol.readMember(this, member);
    }
}
