package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PySet;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.SubclassableValue;

/** Methods of {@code frozenset}: the non-mutating half of {@link SetBuiltins}, plus hashing. */
@BuiltinClass(name = "frozenset")
public final class FrozenSetBuiltins {
    private FrozenSetBuiltins() {
    }

    static PySet frozen(Object self, String method) {
        return SetBuiltins.self(self, method, "frozenset");
    }

    @Builtin(name = "__new__", signature = "(cls, iterable=_, /)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object create(Object cls, Object iterable) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(BuiltinHelpers.types().frozenset)) {
                throw PyErrors.typeError(null, "frozenset.__new__(X): X is not a subtype of frozenset");
            }
            if (iterable instanceof PySet s && s.isFrozen() && SubclassableValue.isExact(s) && t == BuiltinHelpers.types().frozenset) {
                return s;
            }
            PySet result = new PySet(true);
            if (iterable != PyNone.NO_VALUE) {
                result.update(iterable);
            }
            return SubclassableValue.ofClass(result, t, BuiltinHelpers.types().frozenset);
        }
    }

    @Builtin(name = "copy", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CopyNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object copy(Object self) {
            return frozen(self, "copy");
        }
    }

    @Builtin(name = "union", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class UnionNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object union(Object self, Object others) {
            return SetBuiltins.method(frozen(self, "union"), (PyTuple) others, '|');
        }
    }

    @Builtin(name = "intersection", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class IntersectionNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object intersection(Object self, Object others) {
            return SetBuiltins.method(frozen(self, "intersection"), (PyTuple) others, '&');
        }
    }

    @Builtin(name = "difference", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class DifferenceNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object difference(Object self, Object others) {
            return SetBuiltins.method(frozen(self, "difference"), (PyTuple) others, '-');
        }
    }

    @Builtin(name = "symmetric_difference", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class SymmetricDifferenceNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object difference(Object self, Object other) {
            return frozen(self, "symmetric_difference").symmetricDifference(other);
        }
    }

    @Builtin(name = "issubset", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class IsSubsetNode extends PytBuiltinNode.Binary {
        @Specialization
        static boolean issubset(Object self, Object other) {
            return SetBuiltins.isSubset(frozen(self, "issubset"), SetBuiltins.toSet(other));
        }
    }

    @Builtin(name = "issuperset", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class IsSupersetNode extends PytBuiltinNode.Binary {
        @Specialization
        static boolean issuperset(Object self, Object other) {
            return SetBuiltins.isSubset(SetBuiltins.toSet(other), frozen(self, "issuperset"));
        }
    }

    @Builtin(name = "isdisjoint", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class IsDisjointNode extends PytBuiltinNode.Binary {
        @Specialization
        static boolean isdisjoint(Object self, Object other) {
            return SetBuiltins.isDisjoint(frozen(self, "isdisjoint"), other);
        }
    }

    @Builtin(name = "__len__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class LenNode extends PytBuiltinNode.Unary {
        @Specialization
        static long len(Object self) {
            return frozen(self, "__len__").size();
        }
    }

    @Builtin(name = "__contains__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PytBuiltinNode.Binary {
        @Specialization
        static boolean contains(Object self, Object key) {
            return frozen(self, "__contains__").contains(key);
        }
    }

    @Builtin(name = "__iter__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IterNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object iter(Object self) {
            return frozen(self, "__iter__").iterator();
        }
    }

    @Builtin(name = "__hash__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends PytBuiltinNode.Unary {
        @Specialization
        static long hash(Object self) {
            return pyt.nodes.lib.PyObjectHashNode.hashFrozenSet(frozen(self, "__hash__"));
        }
    }

    @Builtin(name = "__or__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class OrNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object or(Object self, Object other) {
            return SetBuiltins.binary(self, other, '|', false);
        }
    }

    @Builtin(name = "__ror__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class ROrNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object or(Object self, Object other) {
            return SetBuiltins.binary(self, other, '|', true);
        }
    }

    @Builtin(name = "__and__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class AndNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object and(Object self, Object other) {
            return SetBuiltins.binary(self, other, '&', false);
        }
    }

    @Builtin(name = "__rand__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RAndNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object and(Object self, Object other) {
            return SetBuiltins.binary(self, other, '&', true);
        }
    }

    @Builtin(name = "__sub__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class SubNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object sub(Object self, Object other) {
            return SetBuiltins.binary(self, other, '-', false);
        }
    }

    @Builtin(name = "__rsub__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RSubNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object sub(Object self, Object other) {
            return SetBuiltins.binary(self, other, '-', true);
        }
    }

    @Builtin(name = "__xor__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class XorNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object xor(Object self, Object other) {
            return SetBuiltins.binary(self, other, '^', false);
        }
    }

    @Builtin(name = "__rxor__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RXorNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object xor(Object self, Object other) {
            return SetBuiltins.binary(self, other, '^', true);
        }
    }

    @Builtin(name = "__eq__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class EqNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object eq(Object self, Object other) {
            return SetBuiltins.compare(self, other, "==");
        }
    }

    @Builtin(name = "__ne__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class NeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ne(Object self, Object other) {
            return SetBuiltins.compare(self, other, "!=");
        }
    }

    @Builtin(name = "__le__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class LeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object le(Object self, Object other) {
            return SetBuiltins.compare(self, other, "<=");
        }
    }

    @Builtin(name = "__lt__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class LtNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object lt(Object self, Object other) {
            return SetBuiltins.compare(self, other, "<");
        }
    }

    @Builtin(name = "__ge__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class GeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ge(Object self, Object other) {
            return SetBuiltins.compare(self, other, ">=");
        }
    }

    @Builtin(name = "__gt__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class GtNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object gt(Object self, Object other) {
            return SetBuiltins.compare(self, other, ">");
        }
    }
}
