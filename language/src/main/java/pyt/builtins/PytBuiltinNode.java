package pyt.builtins;

import pyt.nodes.PytNode;
import pyt.runtime.PyNone;

/**
 * The body of a builtin. Subclasses fix the number of arguments their execute method takes,
 * so DSL specializations can name typed parameters.
 */
public abstract class PytBuiltinNode extends PytNode {
    /** For guards on optional parameters: the argument was not given. */
    protected static final Object NO_VALUE = PyNone.NO_VALUE;
    protected static final Object NONE = PyNone.NONE;

    /** One parameter. */
    public abstract static class Unary extends PytBuiltinNode {
        public abstract Object execute(com.oracle.truffle.api.frame.VirtualFrame frame, Object a);
    }

    /** Two parameters. */
    public abstract static class Binary extends PytBuiltinNode {
        public abstract Object execute(com.oracle.truffle.api.frame.VirtualFrame frame, Object a, Object b);
    }

    /** Three parameters. */
    public abstract static class Ternary extends PytBuiltinNode {
        public abstract Object execute(com.oracle.truffle.api.frame.VirtualFrame frame, Object a, Object b, Object c);
    }

    /** Four parameters. */
    public abstract static class Quaternary extends PytBuiltinNode {
        public abstract Object execute(com.oracle.truffle.api.frame.VirtualFrame frame, Object a, Object b, Object c, Object d);
    }

    /** Any number of parameters (also zero), passed as one array in signature order. */
    public abstract static class Varargs extends PytBuiltinNode {
        public abstract Object execute(com.oracle.truffle.api.frame.VirtualFrame frame, Object[] args);
    }
}
