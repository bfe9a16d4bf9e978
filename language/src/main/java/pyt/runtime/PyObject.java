package pyt.runtime;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.utilities.TriState;

import pyt.interop.InteropProtocol;

/**
 * An instance of a Python class whose attributes live in its shape ({@code __dict__} in
 * CPython). The shape's dynamic type is the instance's {@link PyType}.
 * <p>
 * To other languages an instance is an object whose members are its attributes, executable if
 * its class defines {@code __call__}, iterable if it defines {@code __iter__}; an exception
 * instance is an interop exception ({@link InteropProtocol}).
 */
@ExportLibrary(InteropLibrary.class)
public class PyObject extends DynamicObject {

    public PyObject(Shape shape) {
        super(shape);
    }

    public final PyType getPyType() {
        return (PyType) getShape().getDynamicType();
    }

    // ---- interop: the same messages as pyt.interop.InteropObject, which a DynamicObject cannot extend

    @ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    final Class<? extends TruffleLanguage<?>> getLanguage() {
        return pyt.PytLanguage.class;
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

    @ExportMessage
    final boolean isMemberModifiable(String member) {
        return InteropProtocol.isMemberModifiable(this, member);
    }

    @ExportMessage
    final boolean isMemberInsertable(String member) {
        return InteropProtocol.isMemberInsertable(this, member);
    }

    @ExportMessage
    final void writeMember(String member, Object value) throws UnsupportedMessageException {
        InteropProtocol.writeMember(this, member, value);
    }

    @ExportMessage
    final boolean isMemberRemovable(String member) {
        return InteropProtocol.isMemberRemovable(this, member);
    }

    @ExportMessage
    final void removeMember(String member) throws UnsupportedMessageException, UnknownIdentifierException {
        InteropProtocol.removeMember(this, member);
    }

    @ExportMessage
    final boolean isMemberInvocable(String member) {
        return InteropProtocol.isMemberInvocable(this, member);
    }

    @ExportMessage
    final Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, UnsupportedMessageException {
        return InteropProtocol.invokeMember(this, member, arguments);
    }

    @ExportMessage
    final boolean isExecutable() {
        return InteropProtocol.isExecutable(this);
    }

    @ExportMessage
    final Object execute(Object[] arguments) throws UnsupportedMessageException {
        return InteropProtocol.execute(this, arguments);
    }

    @ExportMessage
    final boolean hasIterator() {
        return InteropProtocol.hasIterator(this);
    }

    @ExportMessage
    final Object getIterator() throws UnsupportedMessageException {
        return InteropProtocol.getIterator(this);
    }

    @ExportMessage
    final boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    final Object getMetaObject() {
        return getPyType();
    }

    @ExportMessage
    final Object toDisplayString(boolean allowSideEffects) {
        return InteropProtocol.toDisplayString(this, allowSideEffects);
    }

    @ExportMessage
    final TriState isIdenticalOrUndefined(Object other) {
        return TriState.valueOf(this == other);
    }

    @ExportMessage
    final int identityHashCode() {
        return System.identityHashCode(this);
    }

    @ExportMessage
    final boolean isException() {
        return this instanceof PyBaseException;
    }

    @ExportMessage
    final RuntimeException throwException() throws UnsupportedMessageException {
        if (this instanceof PyBaseException e) {
            throw InteropProtocol.throwException(e);
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    final ExceptionType getExceptionType() throws UnsupportedMessageException {
        if (this instanceof PyBaseException) {
            return ExceptionType.RUNTIME_ERROR;
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    final boolean hasExceptionMessage() {
        return this instanceof PyBaseException;
    }

    @ExportMessage
    final Object getExceptionMessage() throws UnsupportedMessageException {
        if (this instanceof PyBaseException e) {
            return InteropProtocol.exceptionMessage(e);
        }
        throw UnsupportedMessageException.create();
    }
}
