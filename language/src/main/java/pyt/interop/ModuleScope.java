package pyt.interop;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import pyt.runtime.PyModule;

/**
 * A module's globals as an interop scope: what {@code context.getBindings("pyt")} returns for
 * {@code __main__}. Reading, writing ({@code putMember}) and removing members read, define and
 * delete global variables.
 */
@ExportLibrary(InteropLibrary.class)
public final class ModuleScope extends InteropObject {
    private final PyModule module;

    public ModuleScope(PyModule module) {
        this.module = module;
    }

    @Override
    protected Object pythonValue() {
        return module;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }
}
