package pyt.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.Shape;

import pyt.interop.InteropProtocol;

/**
 * A Python class, builtin or user-defined. Its namespace is a plain ordered map; lookups along
 * the MRO are cached by nodes under {@link #getStableAssumption()}, which any change to this
 * class or a class in its MRO invalidates.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyType implements TruffleObject {
    private final String name;
    private String qualname;
    private String module;
    private PyType[] bases;
    @CompilationFinal(dimensions = 1) private PyType[] mro;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    private final List<PyType> subclasses = new ArrayList<>();
    private final Shape instanceShape;
    private Assumption stable;
    /** The class of this class: {@code type} unless a metaclass made it; null means {@code type}. */
    private PyType metaclass;

    public PyType(String name, String module, PyType[] bases, Shape rootShape) {
        this.name = name;
        this.qualname = name;
        this.module = module;
        this.bases = bases;
        this.stable = Truffle.getRuntime().createAssumption(name);
        this.instanceShape = rootShape == null ? null : Shape.newBuilder(rootShape).dynamicType(this).build();
        this.mro = Mro.compute(this, bases);
        for (PyType base : bases) {
            base.subclasses.add(this);
        }
    }

    public String getName() {
        return name;
    }

    /** Attribute names {@code __slots__} allows on instances, or null when instances have a {@code __dict__}. */
    private java.util.Set<String> slots;

    public void setSlots(java.util.Set<String> slots) {
        this.slots = slots.contains("__dict__") ? null : slots;
    }

    /**
     * Whether instances may hold attribute {@code name}: always, unless the classes define
     * __slots__ without it, or this is {@code object} itself, whose instances have no __dict__.
     */
    @TruffleBoundary
    public boolean allowsInstanceAttribute(String name) {
        boolean restricted = false;
        for (PyType t : mro) {
            if (t.slots != null) {
                restricted = true;
                if (t.slots.contains(name)) {
                    return true;
                }
            } else if (t.dict.containsKey("__module__") && t.getOwn("__slots__") == null) {
                return true; // a Python class without __slots__ gives instances a __dict__
            }
        }
        return !restricted && bases.length > 0;
    }

    /** Whether instances have a {@code __dict__}: not when __slots__ (without "__dict__") or {@code object} itself rule it out. */
    public boolean instancesHaveDict() {
        return allowsInstanceAttribute("__dict__");
    }

    /** The metaclass, or null for plain {@code type}. */
    public PyType getMetaclass() {
        return metaclass;
    }

    public void setMetaclass(PyType metaclass) {
        this.metaclass = metaclass;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public PyType[] getBases() {
        return bases;
    }

    public PyType[] getMro() {
        return mro;
    }

    /** The base shape of instances of this class, or null for classes whose instances are Java values. */
    public Shape getInstanceShape() {
        return instanceShape;
    }

    public Assumption getStableAssumption() {
        return stable;
    }

    /** This class's own namespace entry, or null. */
    @TruffleBoundary
    public Object getOwn(String key) {
        return dict.get(key);
    }

    @TruffleBoundary
    public Map<String, Object> getDict() {
        return dict;
    }

    /** The first definition of {@code key} along the MRO, or null. */
    @TruffleBoundary
    public Object lookup(String key) {
        for (PyType t : mro) {
            Object v = t.dict.get(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    @TruffleBoundary
    public void setAttribute(String key, Object value) {
        if (value == null) {
            dict.remove(key);
        } else {
            dict.put(key, value);
        }
        invalidate();
    }

    /** Defines an entry while the class is being built, before any lookup was cached. */
    @TruffleBoundary
    public void define(String key, Object value) {
        dict.put(key, value);
    }

    private void invalidate() {
        stable.invalidate();
        stable = Truffle.getRuntime().createAssumption(name);
        for (PyType sub : subclasses) {
            sub.invalidate();
        }
    }

    @TruffleBoundary
    public boolean isSubtypeOf(PyType other) {
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "<class '" + (module == null || module.equals("builtins") ? qualname : module + "." + qualname) + "'>";
    }

    @ExportMessage
    boolean isMetaObject() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaQualifiedName() {
        return PyStrings.of(module == null || module.equals("builtins") ? qualname : module + "." + qualname);
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaSimpleName() {
        return PyStrings.of(name);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMetaInstance(Object instance) {
        Object value = instance instanceof PyException e ? e.getPyObject() : pyt.interop.InteropValues.toPython(instance);
        return pyt.PytLanguage.get(null).types().typeOf(value).isSubtypeOf(this);
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return PyStrings.of(toString());
    }

    // ---- interop (embedding): a class is instantiable by calling it, and its members are its attributes

    @ExportMessage
    boolean hasMetaParents() {
        return bases.length > 0;
    }

    @ExportMessage
    Object getMetaParents() throws UnsupportedMessageException {
        if (bases.length == 0) {
            throw UnsupportedMessageException.create();
        }
        return new InteropArray(bases.clone());
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return pyt.PytLanguage.class;
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return InteropProtocol.getMetaObject(this);
    }

    @ExportMessage
    boolean isInstantiable() {
        return true;
    }

    @ExportMessage
    Object instantiate(Object[] arguments) throws UnsupportedMessageException {
        return InteropProtocol.execute(this, arguments);
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    Object execute(Object[] arguments) throws UnsupportedMessageException {
        return InteropProtocol.execute(this, arguments);
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(boolean includeInternal) {
        return InteropProtocol.getMembers(this, includeInternal);
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return InteropProtocol.isMemberReadable(this, member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        return InteropProtocol.readMember(this, member);
    }

    @ExportMessage
    boolean isMemberModifiable(String member) {
        return InteropProtocol.isMemberModifiable(this, member);
    }

    @ExportMessage
    boolean isMemberInsertable(String member) {
        return InteropProtocol.isMemberInsertable(this, member);
    }

    @ExportMessage
    void writeMember(String member, Object value) throws UnsupportedMessageException {
        InteropProtocol.writeMember(this, member, value);
    }

    @ExportMessage
    boolean isMemberRemovable(String member) {
        return InteropProtocol.isMemberRemovable(this, member);
    }

    @ExportMessage
    void removeMember(String member) throws UnsupportedMessageException, UnknownIdentifierException {
        InteropProtocol.removeMember(this, member);
    }

    @ExportMessage
    boolean isMemberInvocable(String member) {
        return InteropProtocol.isMemberInvocable(this, member);
    }

    @ExportMessage
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, UnsupportedMessageException {
        return InteropProtocol.invokeMember(this, member, arguments);
    }
}
