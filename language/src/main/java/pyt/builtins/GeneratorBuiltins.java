package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.generator.GeneratorResumeNode;
import pyt.nodes.lib.PyObjectReprNode;
import pyt.runtime.BuiltinTypes;
import pyt.runtime.PyBaseException;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyFrame;
import pyt.runtime.PyGenerator;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.PyType;

/** The methods and attributes of generator objects: iteration, {@code send}, {@code throw}, {@code close}, {@code gi_*}. */
@BuiltinClass(name = "generator")
public final class GeneratorBuiltins {
    private GeneratorBuiltins() {
    }

    /** What a step of {@code __next__}, {@code send} or {@code throw} returns: the yielded value, or StopIteration. */
    static Object yielded(Object step) {
        if (step instanceof PyGenerator.Finished f) {
            throw stopIteration(f.value);
        }
        return step;
    }

    @TruffleBoundary
    private static PyException stopIteration(Object value) {
        BuiltinTypes types = PytLanguage.get(null).types();
        if (value == PyNone.NONE) {
            throw PyErrors.raiseWithArgs(null, types.StopIteration);
        }
        throw PyErrors.raiseWithArgs(null, types.StopIteration, value);
    }

    @Builtin(name = "__iter__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IterNode extends PytBuiltinNode.Unary {
        @Specialization
        Object iter(PyGenerator self) {
            return self;
        }
    }

    @Builtin(name = "__next__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class NextNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object next(PyGenerator self, @Cached GeneratorResumeNode resume) {
            return yielded(resume.execute(self, PyNone.NONE, null));
        }
    }

    @Builtin(name = "send", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class SendNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object send(PyGenerator self, Object value, @Cached GeneratorResumeNode resume) {
            return yielded(resume.execute(self, value, null));
        }
    }

    @Builtin(name = "throw", signature = "(self, typ, val=None, tb=None, /)")
    @GenerateNodeFactory
    public abstract static class ThrowNode extends PytBuiltinNode.Quaternary {
        @Specialization
        Object doThrow(PyGenerator self, Object typ, Object val, @SuppressWarnings("unused") Object tb,
                        @Cached GeneratorResumeNode resume) {
            return yielded(resume.execute(self, PyNone.NONE, new PyException(instantiate(typ, val), this)));
        }

        @TruffleBoundary
        private static PyBaseException instantiate(Object typ, Object val) {
            if (typ instanceof PyBaseException e) {
                return e;
            }
            if (typ instanceof PyType t && t.isSubtypeOf(PytLanguage.get(null).types().BaseException)) {
                Object created = val == PyNone.NONE ? CallDispatchNode.callUncached(t)
                                : val instanceof PyBaseException e ? e : CallDispatchNode.callUncached(t, val);
                return (PyBaseException) created;
            }
            throw PyErrors.typeError(null, "exceptions must be classes or instances deriving from BaseException, not %s",
                            PyErrors.typeName(typ));
        }
    }

    @Builtin(name = "close", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CloseNode extends PytBuiltinNode.Unary {
        @Specialization
        Object close(PyGenerator self) {
            self.close();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "gi_running", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class RunningNode extends PytBuiltinNode.Unary {
        @Specialization
        Object running(PyGenerator self) {
            return self.isRunning();
        }
    }

    /** The body's frame while the generator can still run; None once it has finished. */
    @Builtin(name = "gi_frame", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class FrameNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object frame(PyGenerator self) {
            return self.isFinished() ? PyNone.NONE : new PyFrame(self.getGlobals());
        }
    }

    @Builtin(name = "__name__", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object name(PyGenerator self) {
            return PyStrings.of(self.getName());
        }
    }

    @Builtin(name = "__qualname__", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class QualnameNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object qualname(PyGenerator self) {
            return PyStrings.of(self.getQualname());
        }
    }

    @Builtin(name = "__repr__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class ReprNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object repr(PyGenerator self) {
            return PyStrings.of("<generator object " + self.getQualname() + " at " + PyObjectReprNode.address(self) + ">");
        }
    }
}
