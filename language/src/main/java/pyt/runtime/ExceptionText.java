package pyt.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pyt.nodes.lib.PyObjectStrNode;

/** The last line of a traceback: {@code TypeName: message}. */
public final class ExceptionText {
    private ExceptionText() {
    }

    @TruffleBoundary
    public static String lastLine(PyBaseException exc) {
        PyType type = exc.getPyType();
        String name = type.getModule() == null || type.getModule().equals("builtins") || type.getModule().equals("__main__")
                        ? type.getQualname() : type.getModule() + "." + type.getQualname();
        String message = exc instanceof PySyntaxError se && se.details() != null
                        ? PyObjectStrNode.strUncached(se.getArgs().get(0)) : PyObjectStrNode.strUncached(exc);
        return message.isEmpty() ? name : name + ": " + message;
    }
}
