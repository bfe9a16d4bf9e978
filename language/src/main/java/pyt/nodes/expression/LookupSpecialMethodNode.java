package pyt.nodes.expression;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pyt.runtime.PyType;

/**
 * A special method looked up on a class along its MRO (never on the instance, as CPython does
 * for operators), cached per class and name under the class's stability assumption.
 */
@GenerateUncached
@GenerateInline(false)
@ImportStatic(Dunders.class)
public abstract class LookupSpecialMethodNode extends Node {
    private static final Object ABSENT = new Object();

    /** {@code name} is a constant (interned) string; the result is null when no class defines it. */
    public abstract Object execute(PyType type, String name);

    @Specialization(guards = {"type == cachedType", "name == cachedName"}, assumptions = "stable", limit = "CACHE_LIMIT")
    static Object doCached(@SuppressWarnings("unused") PyType type, @SuppressWarnings("unused") String name,
                    @Cached("type") @SuppressWarnings("unused") PyType cachedType,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached("cachedType.getStableAssumption()") @SuppressWarnings("unused") Assumption stable,
                    @Cached("lookupOrAbsent(cachedType, cachedName)") Object method) {
        return method == ABSENT ? null : method;
    }

    @Specialization(replaces = "doCached")
    static Object doGeneric(PyType type, String name) {
        return type.lookup(name);
    }

    static Object lookupOrAbsent(PyType type, String name) {
        Object method = type.lookup(name);
        return method == null ? ABSENT : method;
    }
}
