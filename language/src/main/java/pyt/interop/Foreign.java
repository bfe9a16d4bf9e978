package pyt.interop;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.builtins.BuiltinHelpers;
import pyt.nodes.expression.BinaryOp;
import pyt.nodes.expression.BinaryOpNode;
import pyt.nodes.lib.PyObjectHashNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PySingleton;
import pyt.runtime.PySlice;
import pyt.runtime.PyStrings;

/**
 * Python's operations on foreign values (host objects, other languages' values), through
 * interop: what the methods of the {@code polyglot.foreign} class do. Arrays index, slice and
 * iterate like lists, hashes like dicts, members are attributes, executables and instantiables
 * are callable. Values going out are converted with {@link InteropValues#toInterop}, values
 * coming back with {@link InteropValues#toPython}; foreign failures become Python exceptions
 * ({@link ForeignExceptions}).
 */
public final class Foreign {
    private Foreign() {
    }

    static InteropLibrary interop(Object value) {
        return InteropLibrary.getUncached(value);
    }

    @TruffleBoundary
    public static long len(Object self) {
        InteropLibrary interop = interop(self);
        try {
            if (interop.hasArrayElements(self)) {
                return interop.getArraySize(self);
            } else if (interop.hasHashEntries(self)) {
                return interop.getHashSize(self);
            } else if (interop.isString(self)) {
                return PyStrings.length(interop.asTruffleString(self).switchEncodingUncached(PyStrings.ENCODING));
            }
        } catch (InteropException e) {
            throw ForeignExceptions.toPython(e, self, "len()");
        } catch (AbstractTruffleException e) {
            throw ForeignExceptions.toPython(e);
        }
        throw PyErrors.typeError(null, "object of type '%s' has no len()", ForeignExceptions.typeName(self));
    }

    @TruffleBoundary
    public static Object getItem(Object self, Object key) {
        InteropLibrary interop = interop(self);
        try {
            if (interop.hasArrayElements(self)) {
                long size = interop.getArraySize(self);
                if (key instanceof PySlice s) {
                    PySlice.Indices ind = s.indices(size);
                    List<Object> items = new ArrayList<>();
                    for (long i = 0, j = ind.start(); i < ind.length(); i++, j += ind.step()) {
                        items.add(InteropValues.toPython(interop.readArrayElement(self, j)));
                    }
                    return new PyList(items.toArray());
                }
                return InteropValues.toPython(interop.readArrayElement(self, arrayIndex(self, key, size)));
            } else if (interop.hasHashEntries(self)) {
                return InteropValues.toPython(interop.readHashValue(self, InteropValues.toInterop(key)));
            } else if (key instanceof TruffleString name && interop.isMemberReadable(self, PyStrings.toJava(name))) {
                return InteropValues.toPython(interop.readMember(self, PyStrings.toJava(name)));
            }
        } catch (InteropException e) {
            throw ForeignExceptions.toPython(e, self, "subscription");
        } catch (AbstractTruffleException e) {
            throw ForeignExceptions.toPython(e);
        }
        throw PyErrors.typeError(null, "'%s' object is not subscriptable", ForeignExceptions.typeName(self));
    }

    @TruffleBoundary
    public static void setItem(Object self, Object key, Object value) {
        InteropLibrary interop = interop(self);
        try {
            if (interop.hasArrayElements(self)) {
                interop.writeArrayElement(self, arrayIndex(self, key, interop.getArraySize(self)), InteropValues.toInterop(value));
                return;
            } else if (interop.hasHashEntries(self)) {
                interop.writeHashEntry(self, InteropValues.toInterop(key), InteropValues.toInterop(value));
                return;
            } else if (key instanceof TruffleString name && interop.hasMembers(self)) {
                interop.writeMember(self, PyStrings.toJava(name), InteropValues.toInterop(value));
                return;
            }
        } catch (InteropException e) {
            throw ForeignExceptions.toPython(e, self, "item assignment");
        } catch (AbstractTruffleException e) {
            throw ForeignExceptions.toPython(e);
        }
        throw PyErrors.typeError(null, "'%s' object does not support item assignment", ForeignExceptions.typeName(self));
    }

    @TruffleBoundary
    public static void delItem(Object self, Object key) {
        InteropLibrary interop = interop(self);
        try {
            if (interop.hasArrayElements(self)) {
                interop.removeArrayElement(self, arrayIndex(self, key, interop.getArraySize(self)));
                return;
            } else if (interop.hasHashEntries(self)) {
                interop.removeHashEntry(self, InteropValues.toInterop(key));
                return;
            }
        } catch (InteropException e) {
            throw ForeignExceptions.toPython(e, self, "item deletion");
        } catch (AbstractTruffleException e) {
            throw ForeignExceptions.toPython(e);
        }
        throw PyErrors.typeError(null, "'%s' object does not support item deletion", ForeignExceptions.typeName(self));
    }

    private static long arrayIndex(Object self, Object key, long size) {
        Object index = BuiltinHelpers.indexOrNull(key);
        if (!(index instanceof Long)) {
            throw PyErrors.typeError(null, "%s indices must be integers, not %s", ForeignExceptions.typeName(self), BuiltinHelpers.typeName(key));
        }
        long i = (Long) index;
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i > size) {
            throw PyErrors.raise(null, PyErr.IndexError, "%s index out of range", ForeignExceptions.typeName(self));
        }
        return i;
    }

    @TruffleBoundary
    public static boolean contains(Object self, Object item) {
        InteropLibrary interop = interop(self);
        try {
            if (interop.hasHashEntries(self)) {
                return interop.isHashEntryExisting(self, InteropValues.toInterop(item));
            } else if (interop.isString(self) && item instanceof TruffleString s) {
                return interop.asString(self).contains(PyStrings.toJava(s));
            }
        } catch (InteropException e) {
            throw ForeignExceptions.toPython(e, self, "'in'");
        } catch (AbstractTruffleException e) {
            throw ForeignExceptions.toPython(e);
        }
        Object it = iter(self);
        for (Object v = ((ForeignIterator) it).next(); v != null; v = ((ForeignIterator) it).next()) {
            if (BuiltinHelpers.itemEquals(v, item)) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    public static Object iter(Object self) {
        InteropLibrary interop = interop(self);
        try {
            if (interop.isIterator(self)) {
                return new ForeignIterator(self, false);
            } else if (interop.hasArrayElements(self)) {
                return new ForeignIterator(self, true);
            } else if (interop.hasIterator(self)) {
                return new ForeignIterator(interop.getIterator(self), false);
            } else if (interop.hasHashEntries(self)) {
                return new ForeignIterator(interop.getHashKeysIterator(self), false);
            }
        } catch (InteropException e) {
            throw ForeignExceptions.toPython(e, self, "iteration");
        } catch (AbstractTruffleException e) {
            throw ForeignExceptions.toPython(e);
        }
        throw PyErrors.typeError(null, "'%s' object is not iterable", ForeignExceptions.typeName(self));
    }

    /** {@code next(x)} on a foreign iterator; raises StopIteration at the end. */
    @TruffleBoundary
    public static Object next(Object self) {
        InteropLibrary interop = interop(self);
        if (!interop.isIterator(self)) {
            throw PyErrors.typeError(null, "'%s' object is not an iterator", ForeignExceptions.typeName(self));
        }
        try {
            return InteropValues.toPython(interop.getIteratorNextElement(self));
        } catch (StopIterationException e) {
            throw PyErrors.raise(null, PyErr.StopIteration, null);
        } catch (InteropException e) {
            throw ForeignExceptions.toPython(e, self, "next()");
        } catch (AbstractTruffleException e) {
            throw ForeignExceptions.toPython(e);
        }
    }

    /** Calling a foreign value: executing it, or instantiating it when it is a class. */
    @TruffleBoundary
    public static Object call(Object self, Object[] args, boolean hasKeywords) {
        if (hasKeywords) {
            throw PyErrors.typeError(null, "foreign functions take no keyword arguments");
        }
        InteropLibrary interop = interop(self);
        Object[] arguments = InteropValues.toInterop(args);
        try {
            if (interop.isExecutable(self)) {
                return InteropValues.toPython(interop.execute(self, arguments));
            } else if (interop.isInstantiable(self)) {
                return InteropValues.toPython(interop.instantiate(self, arguments));
            }
        } catch (InteropException e) {
            throw ForeignExceptions.toPython(e, self, "the call");
        } catch (AbstractTruffleException e) {
            throw ForeignExceptions.toPython(e);
        }
        throw PyErrors.typeError(null, "'%s' object is not callable", ForeignExceptions.typeName(self));
    }

    @TruffleBoundary
    public static Object getAttr(Object self, String name) {
        InteropLibrary interop = interop(self);
        try {
            if (interop.isMemberReadable(self, name)) {
                return InteropValues.toPython(interop.readMember(self, name));
            }
        } catch (InteropException e) {
            throw ForeignExceptions.toPython(e, self, "attribute access");
        } catch (AbstractTruffleException e) {
            throw ForeignExceptions.toPython(e);
        }
        throw PyErrors.raise(null, PyErr.AttributeError, "'%s' object has no attribute '%s'", ForeignExceptions.typeName(self), name);
    }

    /** Attribute assignment ({@code value != null}) and deletion. */
    @TruffleBoundary
    public static void setAttr(Object self, String name, Object value) {
        InteropLibrary interop = interop(self);
        try {
            if (value == null) {
                interop.removeMember(self, name);
            } else {
                interop.writeMember(self, name, InteropValues.toInterop(value));
            }
        } catch (UnsupportedMessageException e) {
            throw PyErrors.raise(null, PyErr.AttributeError, "'%s' object attribute '%s' is read-only", ForeignExceptions.typeName(self), name);
        } catch (InteropException e) {
            throw ForeignExceptions.toPython(e, self, "attribute assignment");
        } catch (AbstractTruffleException e) {
            throw ForeignExceptions.toPython(e);
        }
    }

    @TruffleBoundary
    public static PyList dir(Object self) {
        InteropLibrary interop = interop(self);
        List<Object> names = new ArrayList<>();
        try {
            if (interop.hasMembers(self)) {
                Object members = interop.getMembers(self);
                InteropLibrary array = interop(members);
                long n = array.getArraySize(members);
                for (long i = 0; i < n; i++) {
                    names.add(InteropValues.toPython(array.readArrayElement(members, i)));
                }
            }
        } catch (InteropException e) {
            throw ForeignExceptions.toPython(e, self, "dir()");
        }
        return new PyList(names.toArray());
    }

    /** {@code str()}: the value's display string in its own language. */
    @TruffleBoundary
    public static TruffleString str(Object self) {
        Object s = interop(self).toDisplayString(self, true);
        try {
            return interop(s).asTruffleString(s).switchEncodingUncached(PyStrings.ENCODING);
        } catch (UnsupportedMessageException e) {
            return PyStrings.of(String.valueOf(s));
        }
    }

    /** {@code repr()}: {@code <foreign java.util.ArrayList [1, 2]>}, or {@code <foreign class java.util.ArrayList>} for a class. */
    @TruffleBoundary
    public static TruffleString repr(Object self) {
        InteropLibrary interop = interop(self);
        String display = PyStrings.toJava(str(self));
        try {
            if (interop.isMetaObject(self)) {
                return PyStrings.of("<foreign class " + InteropLibrary.getUncached().asString(interop.getMetaQualifiedName(self)) + ">");
            }
        } catch (UnsupportedMessageException e) {
            // fall through
        }
        String type = ForeignExceptions.typeName(self);
        return PyStrings.of(type.equals("foreign") ? "<foreign " + display + ">" : "<foreign " + type + " " + display + ">");
    }

    @TruffleBoundary
    public static boolean bool(Object self) {
        InteropLibrary interop = interop(self);
        try {
            if (interop.isNull(self)) {
                return false;
            } else if (interop.isBoolean(self)) {
                return interop.asBoolean(self);
            } else if (interop.isNumber(self)) {
                return BuiltinHelpers.isTrue(number(self));
            } else if (interop.hasArrayElements(self)) {
                return interop.getArraySize(self) != 0;
            } else if (interop.hasHashEntries(self)) {
                return interop.getHashSize(self) != 0;
            } else if (interop.isString(self)) {
                return !interop.asString(self).isEmpty();
            }
        } catch (InteropException e) {
            throw ForeignExceptions.toPython(e, self, "truth testing");
        }
        return true;
    }

    /** A foreign number as a Python int or float; NotImplemented when it is none. */
    @TruffleBoundary
    public static Object number(Object self) {
        InteropLibrary interop = interop(self);
        if (!interop.isNumber(self)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        try {
            Object n = InteropValues.foreignNumber(interop, self);
            return n == null ? PySingleton.NOT_IMPLEMENTED : n;
        } catch (UnsupportedMessageException e) {
            return PySingleton.NOT_IMPLEMENTED;
        }
    }

    /** {@code self op other} (or {@code other op self} when {@code reflected}) for foreign numbers. */
    @TruffleBoundary
    public static Object arithmetic(BinaryOp op, Object self, Object other, boolean reflected) {
        Object a = number(self);
        if (a == PySingleton.NOT_IMPLEMENTED) {
            return a;
        }
        Object b = InteropValues.isForeign(other) ? number(other) : other;
        if (b == PySingleton.NOT_IMPLEMENTED) {
            return b;
        }
        return reflected ? BinaryOpNode.getUncached(op).execute(b, a) : BinaryOpNode.getUncached(op).execute(a, b);
    }

    @TruffleBoundary
    public static Object eq(Object self, Object other) {
        if (InteropValues.isForeign(other) && interop(self).isIdentical(self, other, interop(other))) {
            return true;
        }
        Object a = number(self);
        if (a != PySingleton.NOT_IMPLEMENTED) {
            Object b = InteropValues.isForeign(other) ? number(other) : other;
            return b != PySingleton.NOT_IMPLEMENTED && BuiltinHelpers.itemEquals(a, b);
        }
        return InteropValues.isForeign(other) ? false : PySingleton.NOT_IMPLEMENTED;
    }

    @TruffleBoundary
    public static long hash(Object self) {
        Object n = number(self);
        if (n != PySingleton.NOT_IMPLEMENTED) {
            return PyObjectHashNode.hashUncached(n);
        }
        InteropLibrary interop = interop(self);
        if (interop.hasIdentity(self)) {
            try {
                return interop.identityHashCode(self);
            } catch (UnsupportedMessageException e) {
                // fall through
            }
        }
        return System.identityHashCode(self);
    }

    /** {@code isinstance(obj, self)} where self is a foreign class (a Java class from {@code java.type}). */
    @TruffleBoundary
    public static boolean instanceCheck(Object self, Object instance) {
        InteropLibrary interop = interop(self);
        if (!interop.isMetaObject(self)) {
            throw PyErrors.typeError(null, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        try {
            Object value = instance instanceof PyForeignException f ? f.getForeignException() : InteropValues.toInterop(instance);
            return interop.isMetaInstance(self, value);
        } catch (UnsupportedMessageException e) {
            return false;
        }
    }
}
