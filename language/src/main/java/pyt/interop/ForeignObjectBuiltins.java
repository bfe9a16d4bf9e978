package pyt.interop;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.builtins.Builtin;
import pyt.builtins.BuiltinClass;
import pyt.builtins.BuiltinHelpers;
import pyt.builtins.PytBuiltinNode;
import pyt.runtime.PyDict;
import pyt.runtime.PyNone;
import pyt.runtime.PySingleton;
import pyt.runtime.PyTuple;

/**
 * The methods of {@code polyglot.foreign}, the class Python code sees for host objects and
 * other languages' values: the container, call, attribute and display protocols, each mapped
 * to interop by {@link Foreign}. Numbers are in {@link ForeignNumberBuiltins}.
 */
@BuiltinClass(name = "polyglot.foreign")
public final class ForeignObjectBuiltins {
    private ForeignObjectBuiltins() {
    }

    @Builtin(name = "__len__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class LenNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object len(Object self) {
            return Foreign.len(self);
        }
    }

    @Builtin(name = "__getitem__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object getItem(Object self, Object key) {
            return Foreign.getItem(self, key);
        }
    }

    @Builtin(name = "__setitem__", signature = "(self, key, value, /)")
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object setItem(Object self, Object key, Object value) {
            Foreign.setItem(self, key, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", signature = "(self, key, /)")
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object delItem(Object self, Object key) {
            Foreign.delItem(self, key);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__contains__", signature = "(self, item, /)")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object contains(Object self, Object item) {
            return Foreign.contains(self, item);
        }
    }

    @Builtin(name = "__iter__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IterNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object iter(Object self) {
            return Foreign.iter(self);
        }
    }

    @Builtin(name = "__next__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class NextNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object next(Object self) {
            return Foreign.next(self);
        }
    }

    @Builtin(name = "__call__", signature = "(self, /, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class CallNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object call(Object self, Object args, Object kwargs) {
            return Foreign.call(self, ((PyTuple) args).items(), ((PyDict) kwargs).size() != 0);
        }
    }

    @Builtin(name = "__getattr__", signature = "(self, name, /)")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object getattr(Object self, Object name) {
            return Foreign.getAttr(self, BuiltinHelpers.str(name, "attribute name"));
        }
    }

    @Builtin(name = "__setattr__", signature = "(self, name, value, /)")
    @GenerateNodeFactory
    public abstract static class SetAttrNode extends PytBuiltinNode.Ternary {
        @Specialization
        static Object setattr(Object self, Object name, Object value) {
            Foreign.setAttr(self, BuiltinHelpers.str(name, "attribute name"), value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delattr__", signature = "(self, name, /)")
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object delattr(Object self, Object name) {
            Foreign.setAttr(self, BuiltinHelpers.str(name, "attribute name"), null);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__dir__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class DirNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object dir(Object self) {
            return Foreign.dir(self);
        }
    }

    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object repr(Object self) {
            return Foreign.repr(self);
        }
    }

    @Builtin(name = "__str__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class StrNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object str(Object self) {
            return Foreign.str(self);
        }
    }

    @Builtin(name = "__bool__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class BoolNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object bool(Object self) {
            return Foreign.bool(self);
        }
    }

    @Builtin(name = "__eq__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class EqNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object eq(Object self, Object other) {
            return Foreign.eq(self, other);
        }
    }

    @Builtin(name = "__ne__", signature = "(self, other, /)")
    @GenerateNodeFactory
    public abstract static class NeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ne(Object self, Object other) {
            Object r = Foreign.eq(self, other);
            return r == PySingleton.NOT_IMPLEMENTED ? r : !(Boolean) r;
        }
    }

    @Builtin(name = "__hash__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object hash(Object self) {
            return Foreign.hash(self);
        }
    }

    @Builtin(name = "__instancecheck__", signature = "(self, instance, /)")
    @GenerateNodeFactory
    public abstract static class InstanceCheckNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object instanceCheck(Object self, Object instance) {
            return Foreign.instanceCheck(self, instance);
        }
    }
}
