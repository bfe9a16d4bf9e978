package pyt.runtime;

import com.oracle.truffle.api.frame.Frame;

/**
 * The layout of Truffle frame arguments for every Python call: the callee object, the globals
 * of the code, then the parameter values as described by {@link Signature}.
 */
public final class PArguments {
    public static final int CALLEE = 0;
    public static final int GLOBALS = 1;
    public static final int FIRST_PARAMETER = 2;

    private PArguments() {
    }

    public static Object[] create(Object callee, PyModule globals, int parameterCount) {
        Object[] args = new Object[FIRST_PARAMETER + parameterCount];
        args[CALLEE] = callee;
        args[GLOBALS] = globals;
        return args;
    }

    public static Object getCallee(Frame frame) {
        return frame.getArguments()[CALLEE];
    }

    public static PyModule getGlobals(Frame frame) {
        return (PyModule) frame.getArguments()[GLOBALS];
    }

    public static Object getParameter(Frame frame, int index) {
        return frame.getArguments()[FIRST_PARAMETER + index];
    }
}
