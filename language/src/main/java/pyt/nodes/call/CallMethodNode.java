package pyt.nodes.call;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.object.Shape;

import pyt.PytLanguage;
import pyt.nodes.ExprNode;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.runtime.GlobalCell;
import pyt.runtime.PyBuiltinFunction;
import pyt.runtime.PyFunction;
import pyt.runtime.PyModule;
import pyt.runtime.PyObject;
import pyt.runtime.PyType;

/**
 * {@code receiver.name(args)} without allocating a bound method, like CPython's
 * LOAD_METHOD/CALL_METHOD. A monomorphic cache remembers the receiver's class (by Java class,
 * or by shape for instances) and the function found on it, valid while the class's stable
 * assumption holds; calls on a module remember the module's global cell. Anything else takes
 * the generic attribute lookup.
 */
public final class CallMethodNode extends ExprNode {
    @Child private ExprNode receiver;
    @Children private final ExprNode[] args;
    @Child private CallDispatchNode dispatch = CallDispatchNodeGen.create();
    private final String name;

    private enum State { UNINITIALIZED, METHOD, MODULE, GENERIC }

    @CompilationFinal private State state = State.UNINITIALIZED;
    @CompilationFinal private Class<?> cachedClass;
    @CompilationFinal private Shape cachedShape;
    @CompilationFinal private Object cachedMethod;
    @CompilationFinal private Assumption stable;
    @CompilationFinal private PyModule cachedModule;
    @CompilationFinal private GlobalCell cachedCell;

    public CallMethodNode(ExprNode receiver, String name, ExprNode[] args) {
        this.receiver = receiver;
        this.name = name;
        this.args = args;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        Object[] values = new Object[args.length + 1];
        values[0] = self;
        for (int i = 0; i < args.length; i++) {
            values[i + 1] = args[i].executeGeneric(frame);
        }
        if (state == State.METHOD) {
            if (self.getClass() == cachedClass && (cachedShape == null || ((PyObject) self).getShape() == cachedShape)
                            && !isSubclassInstance(self) && stable.isValid()) {
                return dispatch.execute(cachedMethod, values, null, null);
            }
        } else if (state == State.MODULE) {
            if (self == cachedModule) {
                Object fn = cachedCell.get();
                if (fn != null) {
                    return dispatch.execute(fn, dropFirst(values), null, null);
                }
            }
        } else if (state == State.UNINITIALIZED) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            specialize(self);
            return executeGenericPath(self, values);
        }
        if (state != State.GENERIC) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            state = State.GENERIC;
        }
        return executeGenericPath(self, values);
    }

    private Object executeGenericPath(Object self, Object[] values) {
        Object bound = PyObjectGetAttrNode.getUncached(self, name);
        return dispatch.execute(bound, dropFirst(values), null, null);
    }

    private static Object[] dropFirst(Object[] values) {
        Object[] rest = new Object[values.length - 1];
        System.arraycopy(values, 1, rest, 0, rest.length);
        return rest;
    }

    /** A list, dict or set that is an instance of a Python subclass: its methods may be overridden. */
    private static boolean isSubclassInstance(Object self) {
        return self instanceof pyt.runtime.SubclassableValue v && v.getSubclassData() != null;
    }

    private void specialize(Object self) {
        if (self instanceof PyModule m) {
            state = State.MODULE;
            cachedModule = m;
            cachedCell = m.cell(name);
            return;
        }
        if (self instanceof PyType || self instanceof pyt.runtime.PySuper || isSubclassInstance(self)) {
            state = State.GENERIC;
            return;
        }
        PyType type = PytLanguage.get(this).types().typeOf(self);
        Assumption assumption = type.getStableAssumption();
        Object method = type.lookup(name);
        if (!(method instanceof PyFunction || method instanceof PyBuiltinFunction)) {
            state = State.GENERIC;
            return;
        }
        if (self instanceof PyObject o) {
            if (o.getShape().hasProperty(name)) {
                state = State.GENERIC;
                return;
            }
            cachedShape = o.getShape();
        }
        cachedClass = self.getClass();
        cachedMethod = method;
        stable = assumption;
        state = State.METHOD;
    }
}
