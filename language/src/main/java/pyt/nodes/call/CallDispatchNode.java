package pyt.nodes.call;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;

import pyt.PytLanguage;
import pyt.runtime.PyCallable;
import pyt.runtime.PyCode;
import pyt.runtime.PyErrors;
import pyt.runtime.PyMethod;
import pyt.runtime.PyNone;
import pyt.runtime.PyObject;
import pyt.runtime.PyType;
import pyt.runtime.Signature;

/**
 * The one way pyt calls a value. Functions (user-defined and builtin) are cached by their code:
 * a {@link DirectCallNode} per cached code lets Graal inline and split; past the limit an
 * {@link IndirectCallNode} takes over. Bound methods prepend their self; classes construct;
 * any other object is called through its class's {@code __call__}.
 */
@GenerateUncached
public abstract class CallDispatchNode extends Node {

    /** {@code kwNames} is null when the call passes no keywords. */
    public abstract Object execute(Object callee, Object[] positional, String[] kwNames, Object[] kwValues);

    @Specialization(guards = {"callee.getCode() == cachedCode", "kwNames == null",
                    "cachedCode.getSignature().isSimplePositional(positional.length)"}, limit = "3")
    static Object callSimple(PyCallable callee, Object[] positional, @SuppressWarnings("unused") String[] kwNames,
                    @SuppressWarnings("unused") Object[] kwValues,
                    @Cached("callee.getCode()") @SuppressWarnings("unused") PyCode cachedCode,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode callNode) {
        return callNode.call(ArgumentBinder.bindSimple(callee, positional));
    }

    @Specialization(guards = "callee.getCode() == cachedCode", limit = "3", replaces = "callSimple")
    static Object callCached(PyCallable callee, Object[] positional, String[] kwNames, Object[] kwValues,
                    @Cached("callee.getCode()") PyCode cachedCode,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode callNode) {
        return callNode.call(bind(callee, cachedCode, positional, kwNames, kwValues));
    }

    @Specialization(replaces = {"callSimple", "callCached"})
    static Object callIndirect(PyCallable callee, Object[] positional, String[] kwNames, Object[] kwValues,
                    @Cached IndirectCallNode callNode) {
        PyCode code = callee.getCode();
        return callNode.call(code.getCallTarget(), bind(callee, code, positional, kwNames, kwValues));
    }

    @Specialization
    static Object callMethod(PyMethod method, Object[] positional, String[] kwNames, Object[] kwValues,
                    @Cached CallDispatchNode inner) {
        return inner.execute(method.getFunction(), prepend(method.getSelf(), positional), kwNames, kwValues);
    }

    /**
     * Instantiating a class, with what {@code type.__call__} looks up cached under the class's
     * stable assumption: a class whose {@code __new__} is object's allocates with the class's
     * shape and calls a Python {@code __init__} directly; any other class (builtin types such
     * as {@code str} or {@code list}, a custom {@code __new__}) calls its {@code __new__} and then,
     * unless it is object's, its {@code __init__}. Metaclasses and {@code type(x)} take
     * {@link TypeCall}.
     */
    @Specialization(guards = "callee == cachedType", assumptions = "stable", limit = "3")
    static Object callClass(@SuppressWarnings("unused") PyType callee, Object[] positional, String[] kwNames, Object[] kwValues,
                    @Bind("$node") Node node,
                    @Cached("callee") PyType cachedType,
                    @Cached("cachedType.getStableAssumption()") @SuppressWarnings("unused") Assumption stable,
                    @Cached("classCall(cachedType)") ClassCall plan,
                    @Cached CallDispatchNode newCall,
                    @Cached CallDispatchNode initCall) {
        if (plan == null || (plan.newFn() == null && plan.init() == null && (positional.length > 0 || kwNames != null))) {
            return callClassSlowPath(node, cachedType, positional, kwNames, kwValues);
        }
        Object instance;
        if (plan.newFn() == null) {
            instance = new PyObject(cachedType.getInstanceShape());
            if (plan.init() == null) {
                return instance;
            }
        } else {
            instance = newCall.execute(plan.newFn(), prepend(cachedType, positional), kwNames, kwValues);
            if (plan.init() == null || !PytLanguage.get(node).types().typeOf(instance).isSubtypeOf(cachedType)) {
                return instance;
            }
        }
        Object r = initCall.execute(plan.init(), prepend(instance, positional), kwNames, kwValues);
        if (r != PyNone.NONE) {
            throw PyErrors.typeError(null, "__init__() should return None, not '%s'", PyErrors.typeName(r));
        }
        return instance;
    }

    static ClassCall classCall(PyType type) {
        return ClassCall.of(type);
    }

    @Specialization(replaces = "callClass")
    static Object callClassGeneric(PyType callee, Object[] positional, String[] kwNames, Object[] kwValues,
                    @Bind("$node") Node node) {
        return callClassSlowPath(node, callee, positional, kwNames, kwValues);
    }

    /** Runs {@link TypeCall} with {@code node} as the call site that tracebacks show for the frames it calls. */
    private static Object callClassSlowPath(Node node, PyType type, Object[] positional, String[] kwNames, Object[] kwValues) {
        if (!node.isAdoptable()) {
            // the uncached dispatch node (interop and builtins' slow paths) is no call site
            return TypeCall.call(type, positional, kwNames, kwValues);
        }
        EncapsulatingNodeReference ref = EncapsulatingNodeReference.getCurrent();
        Node previous = ref.set(node);
        try {
            return TypeCall.call(type, positional, kwNames, kwValues);
        } finally {
            ref.set(previous);
        }
    }

    @Fallback
    static Object callOther(Object callee, Object[] positional, String[] kwNames, Object[] kwValues, @Bind("$node") Node node) {
        if (!node.isAdoptable()) {
            // the uncached dispatch node (interop and builtins' slow paths) is no call site
            return callGeneric(callee, positional, kwNames, kwValues);
        }
        EncapsulatingNodeReference ref = EncapsulatingNodeReference.getCurrent();
        Node previous = ref.set(node);
        try {
            return callGeneric(callee, positional, kwNames, kwValues);
        } finally {
            ref.set(previous);
        }
    }

    private static Object[] bind(PyCallable callee, PyCode code, Object[] positional, String[] kwNames, Object[] kwValues) {
        Signature sig = code.getSignature();
        if (kwNames == null) {
            if (sig.isSimplePositional(positional.length)) {
                return ArgumentBinder.bindSimple(callee, positional);
            }
            if (sig.isPositionalWithDefaults(positional.length) && positional.length + callee.getDefaults().length >= sig.positionalCount()) {
                return ArgumentBinder.bindWithDefaults(callee, sig, positional);
            }
        }
        return ArgumentBinder.bind(callee, sig, positional, kwNames, kwValues);
    }

    public static Object[] prepend(Object first, Object[] rest) {
        Object[] result = new Object[rest.length + 1];
        result[0] = first;
        System.arraycopy(rest, 0, result, 1, rest.length);
        return result;
    }

    @TruffleBoundary
    private static Object callGeneric(Object callee, Object[] positional, String[] kwNames, Object[] kwValues) {
        PyType type = PytLanguage.get(null).types().typeOf(callee);
        Object call = type.lookup("__call__");
        if (call == null) {
            throw PyErrors.typeError(null, "'%s' object is not callable", type.getName());
        }
        return CallDispatchNodeGen.getUncached().execute(call, prepend(callee, positional), kwNames, kwValues);
    }

    /** Calls a value with positional arguments from a slow path. */
    @TruffleBoundary
    public static Object callUncached(Object callee, Object... positional) {
        return CallDispatchNodeGen.getUncached().execute(callee, positional, null, null);
    }
}
