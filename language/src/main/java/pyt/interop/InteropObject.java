package pyt.interop;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.utilities.TriState;

import pyt.PytLanguage;

/**
 * Base class of the Java classes of Python values (lists, tuples, dicts, sets, modules, bound
 * methods, iterators, ...): makes them interop values with the messages every Python value
 * shares (members, calls, iteration, meta object, display string; see
 * {@link InteropProtocol}). Subclasses export their own protocol on top: lists and tuples are
 * arrays, dicts are hashes. The exported methods are public because the exports of subclasses
 * in other packages inherit them.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class InteropObject implements TruffleObject {

    /** The Python value the messages act on: this object, or the value a wrapper carries. */
    protected Object pythonValue() {
        return this;
    }

    @ExportMessage
    public boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    public Class<? extends TruffleLanguage<?>> getLanguage() {
        return PytLanguage.class;
    }

    @ExportMessage
    public boolean hasMembers() {
        return true;
    }

    @ExportMessage
    public Object getMembers(boolean includeInternal) {
        return InteropProtocol.getMembers(pythonValue(), includeInternal);
    }

    @ExportMessage
    public boolean isMemberReadable(String member) {
        return InteropProtocol.isMemberReadable(pythonValue(), member);
    }

    @ExportMessage
    public Object readMember(String member) throws UnknownIdentifierException {
        return InteropProtocol.readMember(pythonValue(), member);
    }

    @ExportMessage
    public boolean isMemberModifiable(String member) {
        return InteropProtocol.isMemberModifiable(pythonValue(), member);
    }

    @ExportMessage
    public boolean isMemberInsertable(String member) {
        return InteropProtocol.isMemberInsertable(pythonValue(), member);
    }

    @ExportMessage
    public void writeMember(String member, Object value) throws UnsupportedMessageException {
        InteropProtocol.writeMember(pythonValue(), member, value);
    }

    @ExportMessage
    public boolean isMemberRemovable(String member) {
        return InteropProtocol.isMemberRemovable(pythonValue(), member);
    }

    @ExportMessage
    public void removeMember(String member) throws UnsupportedMessageException, UnknownIdentifierException {
        InteropProtocol.removeMember(pythonValue(), member);
    }

    @ExportMessage
    public boolean isMemberInvocable(String member) {
        return InteropProtocol.isMemberInvocable(pythonValue(), member);
    }

    @ExportMessage
    public Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, UnsupportedMessageException {
        return InteropProtocol.invokeMember(pythonValue(), member, arguments);
    }

    @ExportMessage
    public boolean isExecutable() {
        return InteropProtocol.isExecutable(pythonValue());
    }

    @ExportMessage
    public Object execute(Object[] arguments) throws UnsupportedMessageException {
        return InteropProtocol.execute(pythonValue(), arguments);
    }

    @ExportMessage
    public boolean hasIterator() {
        return InteropProtocol.hasIterator(pythonValue());
    }

    @ExportMessage
    public Object getIterator() throws UnsupportedMessageException {
        return InteropProtocol.getIterator(pythonValue());
    }

    @ExportMessage
    public boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    public Object getMetaObject() {
        return InteropProtocol.getMetaObject(pythonValue());
    }

    @ExportMessage
    public Object toDisplayString(boolean allowSideEffects) {
        return InteropProtocol.toDisplayString(pythonValue(), allowSideEffects);
    }

    @ExportMessage
    public TriState isIdenticalOrUndefined(Object other) {
        Object self = pythonValue();
        Object that = other instanceof InteropObject o ? o.pythonValue() : other;
        return TriState.valueOf(self == that);
    }

    @ExportMessage
    public int identityHashCode() {
        return System.identityHashCode(pythonValue());
    }
}
