package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.nodes.lib.Iteration;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PySet;
import pyt.runtime.PySingleton;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/**
 * Methods of {@code set}. The operations both set types share are static helpers here that
 * {@link FrozenSetBuiltins} calls too; a result has the class of the receiver (or of the left
 * operand).
 */
@BuiltinClass(name = "set")
public final class SetBuiltins {
    private SetBuiltins() {
    }

    static PySet self(Object self, String method, String owner) {
        if (self instanceof PySet s && (owner.equals("set") ? !s.isFrozen() : s.isFrozen())) {
            return s;
        }
        throw BuiltinHelpers.descriptorError(method, owner, self);
    }

    static PySet set(Object self, String method) {
        return self(self, method, "set");
    }

    @TruffleBoundary
    static PySet toSet(Object iterable) {
        if (iterable instanceof PySet s) {
            return s;
        }
        PySet result = new PySet(false);
        result.update(iterable);
        return result;
    }

    /** {@code a | b}, {@code a & b}, {@code a - b} or {@code a ^ b}: a new set of a's kind. */
    @TruffleBoundary
    static PySet operate(PySet a, Object b, char op) {
        switch (op) {
            case '|':
                PySet result = a.copy(a.isFrozen());
                result.update(b);
                return result;
            case '&':
                return a.intersection(b);
            case '-':
                return a.difference(b);
            default:
                return a.symmetricDifference(b);
        }
    }

    /** A binary operator: NotImplemented unless the other operand is a set or frozenset. */
    static Object binary(Object self, Object other, char op, boolean reflected) {
        if (!(self instanceof PySet a) || !(other instanceof PySet b)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        return reflected ? operate(b, a, op) : operate(a, b, op);
    }

    /**
     * A method taking any iterables: {@code union}, {@code intersection} or {@code difference},
     * applied to the others in turn as CPython's {@code set_*_multi} functions do.
     */
    @TruffleBoundary
    static PySet method(PySet self, PyTuple others, char op) {
        Object[] items = others.items();
        if (items.length == 0) {
            return self.copy(self.isFrozen());
        }
        PySet result = operate(self, items[0], op);
        for (int i = 1; i < items.length; i++) {
            switch (op) {
                case '|' -> result.update(items[i]);
                case '&' -> result = result.intersection(items[i]);
                default -> result.differenceUpdate(items[i]);
            }
        }
        return result;
    }

    @TruffleBoundary
    static boolean isSubset(PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (Object x : a.items()) {
            if (!b.contains(x)) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    static boolean isDisjoint(PySet a, Object other) {
        for (Object x : Iteration.toArray(other)) {
            if (a.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** {@code a op b} for the comparison operators; NotImplemented for a non-set operand. */
    @TruffleBoundary
    static Object compare(Object self, Object other, String op) {
        if (!(self instanceof PySet a) || !(other instanceof PySet b)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        return switch (op) {
            case "==" -> a.size() == b.size() && isSubset(a, b);
            case "!=" -> !(a.size() == b.size() && isSubset(a, b));
            case "<=" -> isSubset(a, b);
            case "<" -> a.size() < b.size() && isSubset(a, b);
            case ">=" -> isSubset(b, a);
            default -> a.size() > b.size() && isSubset(b, a);
        };
    }

    @Builtin(name = "__new__", signature = "(cls, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, @SuppressWarnings("unused") Object args, @SuppressWarnings("unused") Object kwargs) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(BuiltinHelpers.types().set)) {
                throw PyErrors.typeError(null, "set.__new__(X): X is not a subtype of set");
            }
            return pyt.runtime.SubclassableValue.ofClass(new PySet(false), t, BuiltinHelpers.types().set);
        }
    }

    @Builtin(name = "__init__", signature = "(self, iterable=_, /)")
    @GenerateNodeFactory
    public abstract static class InitNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object iterable) {
            PySet s = set(self, "__init__");
            s.clear();
            if (iterable != PyNone.NO_VALUE) {
                s.update(iterable);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "add", signature = "(self, object, /)")
    @GenerateNodeFactory
    public abstract static class AddNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object add(Object self, Object item) {
            set(self, "add").add(item);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "remove", signature = "(self, object, /)")
    @GenerateNodeFactory
    public abstract static class RemoveNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object remove(Object self, Object item) {
            if (!set(self, "remove").remove(item)) {
                throw PyErrors.raiseWithArgs(null, BuiltinHelpers.types().KeyError, item);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "discard", signature = "(self, object, /)")
    @GenerateNodeFactory
    public abstract static class DiscardNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object discard(Object self, Object item) {
            set(self, "discard").remove(item);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "pop", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class PopNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object pop(Object self) {
            Object x = set(self, "pop").pop();
            if (x == null) {
                throw PyErrors.raise(null, pyt.runtime.PyErr.KeyError, "pop from an empty set");
            }
            return x;
        }
    }

    @Builtin(name = "clear", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ClearNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object clear(Object self) {
            set(self, "clear").clear();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "copy", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CopyNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object copy(Object self) {
            return set(self, "copy").copy(false);
        }
    }

    @Builtin(name = "update", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class UpdateNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object update(Object self, Object others) {
            PySet s = set(self, "update");
            for (Object o : ((PyTuple) others).items()) {
                s.update(o);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "intersection_update", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class IntersectionUpdateNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object update(Object self, Object others) {
            PySet s = set(self, "intersection_update");
            s.replaceContent(method(s, (PyTuple) others, '&'));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "difference_update", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class DifferenceUpdateNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object update(Object self, Object others) {
            PySet s = set(self, "difference_update");
            for (Object o : ((PyTuple) others).items()) {
                s.differenceUpdate(o);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "symmetric_difference_update", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class SymmetricDifferenceUpdateNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object update(Object self, Object other) {
            set(self, "symmetric_difference_update").symmetricDifferenceUpdate(other);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "union", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class UnionNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object union(Object self, Object others) {
            return method(set(self, "union"), (PyTuple) others, '|');
        }
    }

    @Builtin(name = "intersection", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class IntersectionNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object intersection(Object self, Object others) {
            return method(set(self, "intersection"), (PyTuple) others, '&');
        }
    }

    @Builtin(name = "difference", signature = "(self, *others)")
    @GenerateNodeFactory
    public abstract static class DifferenceNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object difference(Object self, Object others) {
            return method(set(self, "difference"), (PyTuple) others, '-');
        }
    }

    @Builtin(name = "symmetric_difference", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class SymmetricDifferenceNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object difference(Object self, Object other) {
            return set(self, "symmetric_difference").symmetricDifference(other);
        }
    }

    @Builtin(name = "issubset", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class IsSubsetNode extends PytBuiltinNode.Binary {
        @Specialization
        static boolean issubset(Object self, Object other) {
            return isSubset(set(self, "issubset"), toSet(other));
        }
    }

    @Builtin(name = "issuperset", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class IsSupersetNode extends PytBuiltinNode.Binary {
        @Specialization
        static boolean issuperset(Object self, Object other) {
            return isSubset(toSet(other), set(self, "issuperset"));
        }
    }

    @Builtin(name = "isdisjoint", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class IsDisjointNode extends PytBuiltinNode.Binary {
        @Specialization
        static boolean isdisjoint(Object self, Object other) {
            return isDisjoint(set(self, "isdisjoint"), other);
        }
    }

    @Builtin(name = "__len__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class LenNode extends PytBuiltinNode.Unary {
        @Specialization
        static long len(Object self) {
            return set(self, "__len__").size();
        }
    }

    @Builtin(name = "__contains__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PytBuiltinNode.Binary {
        @Specialization
        static boolean contains(Object self, Object key) {
            return set(self, "__contains__").contains(key);
        }
    }

    @Builtin(name = "__iter__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IterNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object iter(Object self) {
            return set(self, "__iter__").iterator();
        }
    }

    @Builtin(name = "__or__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class OrNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object or(Object self, Object other) {
            return binary(self, other, '|', false);
        }
    }

    @Builtin(name = "__ror__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class ROrNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object or(Object self, Object other) {
            return binary(self, other, '|', true);
        }
    }

    @Builtin(name = "__and__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class AndNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object and(Object self, Object other) {
            return binary(self, other, '&', false);
        }
    }

    @Builtin(name = "__rand__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RAndNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object and(Object self, Object other) {
            return binary(self, other, '&', true);
        }
    }

    @Builtin(name = "__sub__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class SubNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object sub(Object self, Object other) {
            return binary(self, other, '-', false);
        }
    }

    @Builtin(name = "__rsub__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RSubNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object sub(Object self, Object other) {
            return binary(self, other, '-', true);
        }
    }

    @Builtin(name = "__xor__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class XorNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object xor(Object self, Object other) {
            return binary(self, other, '^', false);
        }
    }

    @Builtin(name = "__rxor__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RXorNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object xor(Object self, Object other) {
            return binary(self, other, '^', true);
        }
    }

    /** {@code s |= t} and friends: in place, only with another set or frozenset. */
    @TruffleBoundary
    static Object inplace(Object self, Object other, char op, String method) {
        PySet s = set(self, method);
        if (!(other instanceof PySet o)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        switch (op) {
            case '|' -> s.update(o);
            case '&' -> s.replaceContent(s.intersection(o));
            case '-' -> s.differenceUpdate(o);
            default -> s.symmetricDifferenceUpdate(o);
        }
        return s;
    }

    @Builtin(name = "__ior__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class IOrNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object or(Object self, Object other) {
            return inplace(self, other, '|', "__ior__");
        }
    }

    @Builtin(name = "__iand__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class IAndNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object and(Object self, Object other) {
            return inplace(self, other, '&', "__iand__");
        }
    }

    @Builtin(name = "__isub__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class ISubNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object sub(Object self, Object other) {
            return inplace(self, other, '-', "__isub__");
        }
    }

    @Builtin(name = "__ixor__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class IXorNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object xor(Object self, Object other) {
            return inplace(self, other, '^', "__ixor__");
        }
    }

    @Builtin(name = "__eq__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class EqNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object eq(Object self, Object other) {
            return compare(self, other, "==");
        }
    }

    @Builtin(name = "__ne__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class NeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ne(Object self, Object other) {
            return compare(self, other, "!=");
        }
    }

    @Builtin(name = "__le__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class LeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object le(Object self, Object other) {
            return compare(self, other, "<=");
        }
    }

    @Builtin(name = "__lt__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class LtNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object lt(Object self, Object other) {
            return compare(self, other, "<");
        }
    }

    @Builtin(name = "__ge__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class GeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ge(Object self, Object other) {
            return compare(self, other, ">=");
        }
    }

    @Builtin(name = "__gt__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class GtNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object gt(Object self, Object other) {
            return compare(self, other, ">");
        }
    }

    @Builtin(name = "__hash__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object hash(Object self) {
            throw PyErrors.typeError(null, "unhashable type: '%s'", BuiltinHelpers.typeName(self));
        }
    }
}
