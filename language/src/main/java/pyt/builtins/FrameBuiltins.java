package pyt.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.runtime.PyFrame;

/** The attributes of frame objects. */
@BuiltinClass(name = "frame")
public final class FrameBuiltins {
    private FrameBuiltins() {
    }

    @Builtin(name = "f_globals", signature = "(self, /)", isGetter = true)
    @GenerateNodeFactory
    public abstract static class GlobalsNode extends PytBuiltinNode.Unary {
        @Specialization
        Object globals(PyFrame self) {
            return BuiltinFunctions.moduleDict(self.getGlobals());
        }
    }
}
