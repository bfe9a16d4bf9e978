package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PyProperty;

/** {@code property}: construction, the descriptor protocol, and getter/setter/deleter. */
@BuiltinClass(name = "property")
public final class DescriptorBuiltins {
    private DescriptorBuiltins() {
    }

    /** CPython 3.11's {@code property 'x' of 'C' object has no setter}. */
    @TruffleBoundary
    static RuntimeException missing(PyProperty self, Object instance, String what) {
        String name = self.name();
        if (name == null && self.fget() != PyNone.NONE) {
            Object n = PyObjectGetAttrNode.lookupUncached(self.fget(), "__name__");
            name = n instanceof com.oracle.truffle.api.strings.TruffleString s ? pyt.runtime.PyStrings.toJava(s) : null;
        }
        String owner = PyErrors.typeName(instance);
        if (name == null) {
            throw PyErrors.raise(null, PyErr.AttributeError, "property of '%s' object has no %s", owner, what);
        }
        throw PyErrors.raise(null, PyErr.AttributeError, "property '%s' of '%s' object has no %s", name, owner, what);
    }

    @Builtin(name = "__set_name__", signature = "(self, owner, name, /)")
    @GenerateNodeFactory
    public abstract static class SetNameNode extends PytBuiltinNode.Ternary {
        @Specialization
        Object setName(PyProperty self, @SuppressWarnings("unused") Object owner, Object name) {
            if (name instanceof com.oracle.truffle.api.strings.TruffleString s) {
                self.setName(pyt.runtime.PyStrings.toJava(s));
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__new__", signature = "(cls, fget=None, fset=None, fdel=None, doc=None)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Varargs {
        @Specialization
        Object create(Object[] args) {
            Object doc = args[4];
            if (doc == PyNone.NONE && args[1] != PyNone.NONE) {
                Object fdoc = PyObjectGetAttrNode.lookupUncached(args[1], "__doc__");
                doc = fdoc == null ? PyNone.NONE : fdoc;
            }
            return new PyProperty(args[1], args[2], args[3], doc);
        }
    }

    @Builtin(name = "fget", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class FgetNode extends PytBuiltinNode.Unary {
        @Specialization
        Object fget(PyProperty self) {
            return self.fget();
        }
    }

    @Builtin(name = "fset", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class FsetNode extends PytBuiltinNode.Unary {
        @Specialization
        Object fset(PyProperty self) {
            return self.fset();
        }
    }

    @Builtin(name = "fdel", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class FdelNode extends PytBuiltinNode.Unary {
        @Specialization
        Object fdel(PyProperty self) {
            return self.fdel();
        }
    }

    @Builtin(name = "__doc__", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class DocNode extends PytBuiltinNode.Unary {
        @Specialization
        Object doc(PyProperty self) {
            return self.doc();
        }
    }

    @Builtin(name = "__init__", signature = "(self, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class InitNode extends PytBuiltinNode.Ternary {
        @Specialization
        Object init(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object a, @SuppressWarnings("unused") Object k) {
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__get__", signature = "(self, instance, owner=None, /)")
    @GenerateNodeFactory
    public abstract static class GetNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object get(PyProperty self, Object instance, @SuppressWarnings("unused") Object owner) {
            if (instance == PyNone.NONE) {
                return self;
            }
            if (self.fget() == PyNone.NONE) {
                throw missing(self, instance, "getter");
            }
            return CallDispatchNode.callUncached(self.fget(), instance);
        }
    }

    @Builtin(name = "__set__", signature = "(self, instance, value, /)")
    @GenerateNodeFactory
    public abstract static class SetNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object set(PyProperty self, Object instance, Object value) {
            if (self.fset() == PyNone.NONE) {
                throw missing(self, instance, "setter");
            }
            CallDispatchNode.callUncached(self.fset(), instance, value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delete__", signature = "(self, instance, /)")
    @GenerateNodeFactory
    public abstract static class DeleteNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object delete(PyProperty self, Object instance) {
            if (self.fdel() == PyNone.NONE) {
                throw missing(self, instance, "deleter");
            }
            CallDispatchNode.callUncached(self.fdel(), instance);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "getter", signature = "(self, fget, /)")
    @GenerateNodeFactory
    public abstract static class GetterNode extends PytBuiltinNode.Binary {
        @Specialization
        Object getter(PyProperty self, Object fget) {
            return new PyProperty(fget, self.fset(), self.fdel(), self.doc());
        }
    }

    @Builtin(name = "setter", signature = "(self, fset, /)")
    @GenerateNodeFactory
    public abstract static class SetterNode extends PytBuiltinNode.Binary {
        @Specialization
        Object setter(PyProperty self, Object fset) {
            return new PyProperty(self.fget(), fset, self.fdel(), self.doc());
        }
    }

    @Builtin(name = "deleter", signature = "(self, fdel, /)")
    @GenerateNodeFactory
    public abstract static class DeleterNode extends PytBuiltinNode.Binary {
        @Specialization
        Object deleter(PyProperty self, Object fdel) {
            return new PyProperty(self.fget(), self.fset(), fdel, self.doc());
        }
    }
}
