package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.nodes.lib.Iteration;
import pyt.nodes.lib.PyIterNextNode;
import pyt.nodes.lib.PyObjectReprNode;
import pyt.runtime.IteratorKind;
import pyt.runtime.PyErrors;
import pyt.runtime.PyIterator;
import pyt.runtime.PySet;
import pyt.runtime.PySingleton;
import pyt.runtime.PyStrings;

/**
 * Methods of the {@code iterator} class: every iterator implemented in Java ({@link PyIterator})
 * and, for now, the dict views of {@link DictViews}.
 */
@BuiltinClass(name = "iterator")
public final class IteratorBuiltins {
    private IteratorBuiltins() {
    }

    @Builtin(name = "__iter__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IterNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object iter(Object self) {
            if (self instanceof DictViews.View v) {
                return v.iterator();
            } else if (self instanceof PyIterator) {
                return self;
            }
            throw BuiltinHelpers.descriptorError("__iter__", "iterator", self);
        }
    }

    @Builtin(name = "__next__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class NextNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object next(Object self) {
            if (self instanceof PyIterator it) {
                Object v = it.next();
                if (v == null) {
                    throw PyErrors.raise(null, BuiltinHelpers.types().StopIteration, null);
                }
                return v;
            }
            throw PyErrors.typeError(null, "'%s' object is not an iterator", BuiltinHelpers.typeName(self));
        }
    }

    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            if (self instanceof DictViews.View v) {
                return PyStrings.of(v.repr());
            }
            return PyStrings.of("<" + BuiltinHelpers.typeName(self) + " object at " + PyObjectReprNode.address(self) + ">");
        }
    }

    @Builtin(name = "__contains__", signature = "(self, item, /)")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static boolean contains(Object self, Object item) {
            if (self instanceof DictViews.View v) {
                return v.contains(item);
            }
            Object x;
            while ((x = PyIterNextNode.next(self)) != null) {
                if (BuiltinHelpers.itemEquals(x, item)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "__bool__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class BoolNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean bool(Object self) {
            return !(self instanceof DictViews.View v) || v.dict().size() != 0;
        }
    }

    /** Key and item views compare like sets, so CPython makes them unhashable; the rest hash by identity. */
    @Builtin(name = "__hash__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends PytBuiltinNode.Unary {
        @Specialization
        static long hash(Object self) {
            if (self instanceof DictViews.View v && v.kind() != DictViews.Kind.VALUES) {
                throw PyErrors.typeError(null, "unhashable type: '%s'", v.typeName());
            }
            return pyt.nodes.lib.PyObjectHashNode.identityHash(self);
        }
    }

    @Builtin(name = "__reversed__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReversedNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object reversed(Object self) {
            if (self instanceof DictViews.View v) {
                Object[] items = v.toArray();
                for (int i = 0, j = items.length - 1; i < j; i++, j--) {
                    Object t = items[i];
                    items[i] = items[j];
                    items[j] = t;
                }
                IteratorKind kind = switch (v.kind()) {
                    case KEYS -> IteratorKind.DICT_REVERSE_KEYS;
                    case VALUES -> IteratorKind.DICT_REVERSE_VALUES;
                    case ITEMS -> IteratorKind.DICT_REVERSE_ITEMS;
                };
                return new PyIterator.ArrayIterator(items, items.length, kind);
            }
            throw PyErrors.typeError(null, "'%s' object is not reversible", BuiltinHelpers.typeName(self));
        }
    }

    /** The set operators of key and item views: the result is a set. */
    @TruffleBoundary
    static Object setOp(Object self, Object other, char op, boolean reflected) {
        if (!(self instanceof DictViews.View v) || v.kind() == DictViews.Kind.VALUES) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        // as CPython: a set made of the left operand, then the operation with the right one
        PySet left = new PySet(false);
        left.update(reflected ? other : v);
        Object right = reflected ? v : other;
        if (op == '^') {
            left.symmetricDifferenceUpdate(right);
            return left;
        }
        return SetBuiltins.operate(left, right, op);
    }

    @Builtin(name = "__and__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class AndNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object and(Object self, Object other) {
            return setOp(self, other, '&', false);
        }
    }

    @Builtin(name = "__rand__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RAndNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object and(Object self, Object other) {
            return setOp(self, other, '&', true);
        }
    }

    @Builtin(name = "__or__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class OrNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object or(Object self, Object other) {
            return setOp(self, other, '|', false);
        }
    }

    @Builtin(name = "__ror__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class ROrNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object or(Object self, Object other) {
            return setOp(self, other, '|', true);
        }
    }

    @Builtin(name = "__sub__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class SubNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object sub(Object self, Object other) {
            return setOp(self, other, '-', false);
        }
    }

    @Builtin(name = "__rsub__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RSubNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object sub(Object self, Object other) {
            return setOp(self, other, '-', true);
        }
    }

    @Builtin(name = "__xor__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class XorNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object xor(Object self, Object other) {
            return setOp(self, other, '^', false);
        }
    }

    @Builtin(name = "__rxor__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class RXorNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object xor(Object self, Object other) {
            return setOp(self, other, '^', true);
        }
    }
}
