package pyt.runtime;

import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import pyt.PytLanguage;
import pyt.parser.PythonSyntaxError;

/** Turns the parser's {@link PythonSyntaxError} into a raised Python SyntaxError with CPython's attributes. */
public final class SyntaxErrors {
    private SyntaxErrors() {
    }

    public static PyException toPython(PytLanguage language, Source source, PythonSyntaxError e) {
        BuiltinTypes types = language.types();
        PyType type = switch (e.kind()) {
            case SyntaxError -> types.SyntaxError;
            case IndentationError -> types.IndentationError;
            case TabError -> types.TabError;
        };
        Object text = e.lineText() == null ? PyNone.NONE : PyStrings.of(e.lineText() + "\n");
        PyTuple details = PyTuple.of(PyStrings.of(e.filename() == null ? "<string>" : e.filename()), (long) e.line(),
                        (long) e.column(), text, (long) e.endLine(), (long) e.endColumn());
        PySyntaxError exc = new PySyntaxError(type.getInstanceShape(), PyTuple.of(PyStrings.of(e.getMessage()), details));
        SourceSection section = null;
        if (e.line() >= 1 && e.line() <= Math.max(1, source.getLineCount())) {
            section = source.getLineCount() == 0 ? source.createUnavailableSection() : source.createSection(e.line());
        } else {
            section = source.createUnavailableSection();
        }
        return new PyException(exc, null, section);
    }
}
