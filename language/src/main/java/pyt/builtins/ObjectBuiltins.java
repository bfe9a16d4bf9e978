package pyt.builtins;

import java.util.TreeSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.nodes.lib.PyObjectReprNode;
import pyt.nodes.lib.PyObjectSetAttrNode;
import pyt.nodes.lib.PyObjectStrNode;
import pyt.runtime.BuiltinTypes;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.runtime.PyObject;
import pyt.runtime.PySingleton;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/** Methods of {@code object}: the defaults every class inherits. */
@BuiltinClass(name = "object")
public final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    static boolean excessArgs(Object args, Object kwargs) {
        return ((PyTuple) args).size() > 0 || kwargs instanceof PyDict d && d.size() > 0;
    }

    /** Whether {@code type}'s {@code name} is {@code object}'s own. */
    static boolean inheritsObject(PyType type, String name) {
        return type.lookup(name) == BuiltinHelpers.types().object.getOwn(name);
    }

    /** A builtin class whose instances are Java values, which {@code object.__new__} cannot make. */
    static boolean isValueType(PyType t) {
        BuiltinTypes types = BuiltinHelpers.types();
        return t != types.object && types.byName(t.getName()) == t && !t.isSubtypeOf(types.BaseException);
    }

    @Builtin(name = "__new__", signature = "(cls, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object create(Object cls, Object args, Object kwargs) {
            if (!(cls instanceof PyType t)) {
                throw PyErrors.typeError(null, "object.__new__(X): X is not a type object (%s)", BuiltinHelpers.typeName(cls));
            }
            if (excessArgs(args, kwargs)) {
                if (!inheritsObject(t, "__new__")) {
                    throw PyErrors.typeError(null, "object.__new__() takes exactly one argument (the type to instantiate)");
                }
                if (inheritsObject(t, "__init__")) {
                    throw PyErrors.typeError(null, "%s() takes no arguments", t.getName());
                }
            }
            if (isValueType(t)) {
                throw PyErrors.typeError(null, "object.__new__(%s) is not safe, use %s.__new__()", t.getName(), t.getName());
            }
            if (t.isSubtypeOf(BuiltinHelpers.types().BaseException)) {
                return new pyt.runtime.PyBaseException(t.getInstanceShape(), PyTuple.EMPTY);
            }
            return new PyObject(t.getInstanceShape());
        }
    }

    @Builtin(name = "__init__", signature = "(self, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class InitNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            if (excessArgs(args, kwargs)) {
                PyType t = BuiltinHelpers.types().typeOf(self);
                if (!inheritsObject(t, "__init__")) {
                    throw PyErrors.typeError(null, "object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (inheritsObject(t, "__new__")) {
                    throw PyErrors.typeError(null, "%s() takes no arguments", t.getName());
                }
            }
            return PyNone.NONE;
        }
    }

    /** {@code object.__repr__}: {@code <module.Class object at 0x...>}. */
    @TruffleBoundary
    static String defaultRepr(Object self) {
        PyType type = BuiltinHelpers.types().typeOf(self);
        String module = type.getModule();
        String prefix = module == null || module.equals("builtins") ? "" : module + ".";
        return "<" + prefix + type.getQualname() + " object at " + PyObjectReprNode.address(self) + ">";
    }

    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object repr(Object self) {
            return PyStrings.of(defaultRepr(self));
        }
    }

    @Builtin(name = "__str__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class StrNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object str(Object self) {
            return PyObjectReprNode.repr(self);
        }
    }

    @Builtin(name = "__format__", signature = "(self, format_spec, /)")
    @GenerateNodeFactory
    public abstract static class FormatNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object format(Object self, Object spec) {
            String s = BuiltinHelpers.str(spec, "__format__() argument");
            if (!s.isEmpty()) {
                throw PyErrors.typeError(null, "unsupported format string passed to %s.__format__", BuiltinHelpers.typeName(self));
            }
            return PyObjectStrNode.str(self);
        }
    }

    @Builtin(name = "__eq__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class EqNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object eq(Object self, Object other) {
            return self == other ? (Object) true : PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ne__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class NeNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object ne(Object self, Object other) {
            Object eq = BuiltinHelpers.types().typeOf(self).lookup("__eq__");
            Object r = eq == null ? PySingleton.NOT_IMPLEMENTED : CallDispatchNode.callUncached(eq, self, other);
            if (r == PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
            return !BuiltinHelpers.isTrue(r);
        }
    }

    @Builtin(name = "__lt__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class LtNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object lt(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object other) {
            return PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__le__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class LeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object le(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object other) {
            return PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__gt__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class GtNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object gt(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object other) {
            return PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ge__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class GeNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object ge(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object other) {
            return PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__hash__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends PytBuiltinNode.Unary {
        @Specialization
        static long hash(Object self) {
            return pyt.nodes.lib.PyObjectHashNode.identityHash(self);
        }
    }

    @Builtin(name = "__getattribute__", signature = "(self, name, /)")
    @GenerateNodeFactory
    public abstract static class GetAttributeNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object getattribute(Object self, Object name) {
            String n = BuiltinObjectFunctions.attrName(name);
            Object v = PyObjectGetAttrNode.lookupUncached(self, n);
            if (v == null) {
                throw PyObjectGetAttrNode.attributeError(self, n);
            }
            return v;
        }
    }

    @Builtin(name = "__setattr__", signature = "(self, name, value, /)")
    @GenerateNodeFactory
    public abstract static class SetAttrNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object setattr(Object self, Object name, Object value) {
            String n = BuiltinObjectFunctions.attrName(name);
            PyObjectSetAttrNode.genericSet(self, n, value, BuiltinHelpers.types().typeOf(self));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delattr__", signature = "(self, name, /)")
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object delattr(Object self, Object name) {
            String n = BuiltinObjectFunctions.attrName(name);
            PyObjectSetAttrNode.genericSet(self, n, null, BuiltinHelpers.types().typeOf(self));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__dir__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class DirNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object dir(Object self) {
            TreeSet<String> names = new TreeSet<>();
            if (self instanceof PyObject o) {
                for (Object key : DynamicObjectLibrary.getUncached().getKeyArray(o)) {
                    if (key instanceof String s) {
                        names.add(s);
                    }
                }
            }
            for (PyType c : BuiltinHelpers.types().typeOf(self).getMro()) {
                names.addAll(c.getDict().keySet());
            }
            PyList result = new PyList();
            for (String s : names) {
                result.add(PyStrings.of(s));
            }
            return result;
        }
    }

    @Builtin(name = "__init_subclass__", signature = "(cls, **kwargs)", isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class InitSubclassNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object initSubclass(Object cls, Object kwargs) {
            if (kwargs instanceof PyDict d && d.size() > 0) {
                throw PyErrors.typeError(null, "%s.__init_subclass__() takes no keyword arguments",
                                cls instanceof PyType t ? t.getName() : "object");
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__subclasshook__", signature = "(cls, *args)", isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class SubclassHookNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object hook(@SuppressWarnings("unused") Object cls, @SuppressWarnings("unused") Object args) {
            return PySingleton.NOT_IMPLEMENTED;
        }
    }
}
