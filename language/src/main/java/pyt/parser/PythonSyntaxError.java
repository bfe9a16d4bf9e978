package pyt.parser;

/**
 * A program the parser or compiler rejects, with what CPython's SyntaxError carries: its Python
 * type ({@code SyntaxError}, {@code IndentationError} or {@code TabError}), message, file and a
 * 1-based line and column (column counts characters, like CPython's {@code offset}), plus the
 * text of the offending line for the caret display. The runtime turns it into a Python exception.
 */
public final class PythonSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind { SyntaxError, IndentationError, TabError }

    private final Kind kind;
    private final String filename;
    private final int line;
    private final int column;
    private final int endLine;
    private final int endColumn;
    private final String lineText;

    public PythonSyntaxError(Kind kind, String message, String filename, int line, int column, int endLine,
                    int endColumn, String lineText) {
        super(message, null, false, false);
        this.kind = kind;
        this.filename = filename;
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.endColumn = endColumn;
        this.lineText = lineText;
    }

    public Kind kind() {
        return kind;
    }

    public String filename() {
        return filename;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public int endLine() {
        return endLine;
    }

    public int endColumn() {
        return endColumn;
    }

    /** The source line without its line terminator, or null when unknown. */
    public String lineText() {
        return lineText;
    }
}
