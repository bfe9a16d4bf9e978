package pyt.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Python's {@code None}; also the "no value given" marker {@link #NO_VALUE} for optional builtin parameters. */
@ExportLibrary(InteropLibrary.class)
public final class PyNone implements TruffleObject {
    public static final PyNone NONE = new PyNone("None");
    /** Stands for a parameter that was not passed; never visible to Python code. */
    public static final PyNone NO_VALUE = new PyNone("<no value>");

    private final String name;

    private PyNone(String name) {
        this.name = name;
    }

    @ExportMessage
    boolean isNull() {
        return this == NONE;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return name;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return pyt.PytLanguage.class;
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return pyt.PytLanguage.get(null).types().noneType;
    }

    @Override
    public String toString() {
        return name;
    }
}
