package pyt.nodes.call;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;

import pyt.PytLanguage;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.runtime.GlobalCell;
import pyt.runtime.PyCallable;
import pyt.runtime.PyFunction;
import pyt.runtime.PyModule;
import pyt.runtime.PyObject;
import pyt.runtime.PyType;
import pyt.runtime.SubclassableValue;

/**
 * Calls {@code self.name(...)} given {@code self} and the evaluated arguments with {@code self}
 * first, without allocating a bound method where the lookup allows, like CPython's
 * LOAD_METHOD/CALL. A polymorphic cache keyed by instance shape (or by Java class for builtin
 * values) holds the function the class provides, valid while the class's stable assumption
 * holds; a module's function is read from its global cell. Anything else (instance attributes
 * holding callables, classmethods, types, super) looks the attribute up and calls the result.
 */
@ImportStatic(SubclassableValue.class)
public abstract class MethodInvokeNode extends Node {
    protected final String name;

    protected MethodInvokeNode(String name) {
        this.name = name;
    }

    public static MethodInvokeNode create(String name) {
        return MethodInvokeNodeGen.create(name);
    }

    /** {@code values[0]} is {@code self}. */
    public abstract Object execute(Object self, Object[] values);

    @Specialization(guards = {"self.getShape() == cachedShape", "method != null"}, assumptions = "stable", limit = "4")
    static Object instanceMethod(@SuppressWarnings("unused") PyObject self, Object[] values,
                    @Cached("self.getShape()") @SuppressWarnings("unused") Shape cachedShape,
                    @Cached("self.getPyType().getStableAssumption()") @SuppressWarnings("unused") Assumption stable,
                    @Cached("instanceMethod(self)") Object method,
                    @Cached CallDispatchNode dispatch) {
        return dispatch.execute(method, values, null, null);
    }

    @Specialization(guards = {"self.getClass() == cachedClass", "!isSubclassInstance(self)", "typeOf(self) == cachedType",
                    "method != null"}, assumptions = "stable", limit = "4")
    static Object builtinMethod(Object self, Object[] values,
                    @Cached("self.getClass()") @SuppressWarnings("unused") Class<?> cachedClass,
                    @Cached("typeOf(self)") @SuppressWarnings("unused") PyType cachedType,
                    @Cached("cachedType.getStableAssumption()") @SuppressWarnings("unused") Assumption stable,
                    @Cached("builtinMethod(self)") Object method,
                    @Cached CallDispatchNode dispatch) {
        return dispatch.execute(method, values, null, null);
    }

    @Specialization(guards = {"self == cachedModule", "cell.get() != null"}, limit = "2")
    static Object moduleFunction(@SuppressWarnings("unused") PyModule self, Object[] values,
                    @Cached("self") @SuppressWarnings("unused") PyModule cachedModule,
                    @Cached("self.cell(name)") GlobalCell cell,
                    @Cached CallDispatchNode dispatch) {
        return dispatch.execute(cell.get(), dropSelf(values), null, null);
    }

    @Specialization(replaces = {"instanceMethod", "builtinMethod", "moduleFunction"})
    Object generic(Object self, Object[] values,
                    @Cached PyObjectGetAttrNode getAttr,
                    @Cached CallDispatchNode dispatch) {
        return dispatch.execute(getAttr.execute(self, name), dropSelf(values), null, null);
    }

    /** The function instances of this shape get from their class, or null when the lookup is not that simple. */
    @TruffleBoundary
    final Object instanceMethod(PyObject self) {
        PyType type = self.getPyType();
        if (type.lookup("__getattribute__") instanceof PyFunction || self.getShape().hasProperty(name)) {
            return null;
        }
        return plainFunction(type.lookup(name));
    }

    /** The function a builtin value (str, list, ...) gets from its class, or null. */
    @TruffleBoundary
    final Object builtinMethod(Object self) {
        if (self instanceof PyObject || self instanceof PyModule || self instanceof PyType || self instanceof pyt.runtime.PySuper) {
            return null;
        }
        return plainFunction(typeOf(self).lookup(name));
    }

    private static Object plainFunction(Object attribute) {
        return PyCallable.bindsToInstance(attribute) ? attribute : null;
    }

    static PyType typeOf(Object self) {
        return PytLanguage.get(null).types().typeOf(self);
    }

    private static Object[] dropSelf(Object[] values) {
        Object[] rest = new Object[values.length - 1];
        System.arraycopy(values, 1, rest, 0, rest.length);
        return rest;
    }
}
