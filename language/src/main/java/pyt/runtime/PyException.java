package pyt.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The Truffle exception that carries a raised Python exception object up the Java stack. Its
 * Truffle stack trace is the Python traceback.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final PyBaseException pyObject;
    private final SourceSection syntaxLocation;

    public PyException(PyBaseException pyObject, Node location) {
        this(pyObject, location, null);
    }

    public PyException(PyBaseException pyObject, Node location, SourceSection syntaxLocation) {
        super(null, null, UNLIMITED_STACK_TRACE, location);
        this.pyObject = pyObject;
        this.syntaxLocation = syntaxLocation;
        pyObject.setException(this);
        chainToHandled(pyObject);
    }

    /** Raising while an exception is being handled makes that exception the new one's {@code __context__}. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static void chainToHandled(PyBaseException raised) {
        PyBaseException handled = pyt.PytContext.get(null).handledException;
        if (handled != null && handled != raised && raised.getContext() == PyNone.NONE) {
            raised.setContext(handled);
        }
    }

    /**
     * The innermost statement the exception passed through, recorded when it was raised
     * without a location (from runtime code rather than a node): names the traceback's line.
     */
    private com.oracle.truffle.api.nodes.Node statement;

    public void recordStatement(com.oracle.truffle.api.nodes.Node node) {
        if (statement == null && getLocation() == null) {
            statement = node;
        }
    }

    public com.oracle.truffle.api.nodes.Node getStatement() {
        return statement;
    }

    public PyBaseException getPyObject() {
        return pyObject;
    }

    public PyType getPyType() {
        return pyObject.getPyType();
    }

    @Override
    public String getMessage() {
        return ExceptionText.lastLine(pyObject);
    }

    /** For the REPL: the syntax error means the input stopped early, so more lines may complete it. */
    @ExportMessage
    boolean isExceptionIncompleteSource() {
        if (syntaxLocation == null) {
            return false;
        }
        String m = getMessage();
        return m != null && (m.contains("was never closed") || m.contains("unterminated triple-quoted")
                        || m.contains("unexpected EOF") || m.contains("expected an indented block"));
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return syntaxLocation != null ? ExceptionType.PARSE_ERROR : ExceptionType.RUNTIME_ERROR;
    }

    /** Where the exception was raised, for embedders: its node, else the statement it was raised in. */
    private Node raiseSite() {
        return getLocation() != null ? getLocation() : statement;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return syntaxLocation != null || raiseSite() != null && raiseSite().getEncapsulatingSourceSection() != null;
    }

    @ExportMessage(name = "getSourceLocation")
    SourceSection getSourceSection() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (syntaxLocation != null) {
            return syntaxLocation;
        }
        SourceSection s = raiseSite() == null ? null : raiseSite().getEncapsulatingSourceSection();
        if (s == null) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        return s;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new InteropArray(new Object[]{PyStrings.of("args"), PyStrings.of("__traceback__"), PyStrings.of("__cause__"),
                        PyStrings.of("__context__")});
    }

    @ExportMessage
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    boolean isMemberReadable(String member) {
        return pyt.nodes.lib.PyObjectGetAttrNode.lookupUncached(pyObject, member) != null;
    }

    @ExportMessage
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    Object readMember(String member) throws com.oracle.truffle.api.interop.UnknownIdentifierException {
        Object v = pyt.nodes.lib.PyObjectGetAttrNode.lookupUncached(pyObject, member);
        if (v == null) {
            throw com.oracle.truffle.api.interop.UnknownIdentifierException.create(member);
        }
        return pyt.interop.InteropValues.toInterop(v);
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return pyObject.getPyType();
    }
}
