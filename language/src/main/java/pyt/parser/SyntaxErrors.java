package pyt.parser;

import pyt.parser.PythonSyntaxError.Kind;

/**
 * Builds {@link PythonSyntaxError}s from char offsets into a source, and holds the messages that
 * are written in more than one place. Lines and columns are computed only when an error is
 * raised, so the hot paths never count lines.
 */
final class SyntaxErrors {
    static final String INVALID_SYNTAX = "invalid syntax";
    static final String UNEXPECTED_INDENT = "unexpected indent";
    static final String UNEXPECTED_EOF = "unexpected EOF while parsing";
    static final String UNINDENT_MISMATCH = "unindent does not match any outer indentation level";
    static final String TAB_ERROR = "inconsistent use of tabs and spaces in indentation";
    static final String LINE_CONTINUATION = "unexpected character after line continuation character";
    static final String FORGOT_COMMA = "invalid syntax. Perhaps you forgot a comma?";

    final String source;
    final String filename;

    SyntaxErrors(String source, String filename) {
        this.source = source;
        this.filename = filename;
    }

    /** 1-based line of a char offset. */
    int lineOf(int offset) {
        int line = 1;
        int n = Math.min(offset, source.length());
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    int lineStartOf(int offset) {
        int i = Math.min(offset, source.length());
        while (i > 0) {
            char c = source.charAt(i - 1);
            if (c == '\n' || c == '\r') {
                break;
            }
            i--;
        }
        return i;
    }

    private int lineEndOf(int offset) {
        int i = Math.min(Math.max(offset, 0), source.length());
        while (i < source.length() && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** 1-based column in code points (CPython counts characters, not UTF-16 units). */
    int columnOf(int offset) {
        int ls = lineStartOf(offset);
        int o = Math.min(offset, source.length());
        return source.codePointCount(ls, o) + 1;
    }

    PythonSyntaxError error(Kind kind, String message, int start, int end) {
        start = Math.max(0, Math.min(start, source.length()));
        end = Math.max(start, Math.min(end, source.length()));
        int line = lineOf(start);
        int endLine = end == start ? line : lineOf(end);
        int ls = lineStartOf(start);
        String text = source.substring(ls, lineEndOf(start));
        return new PythonSyntaxError(kind, message, filename, line, columnOf(start), endLine, columnOf(end), text);
    }

    PythonSyntaxError error(String message, int start, int end) {
        return error(Kind.SyntaxError, message, start, end);
    }

    /** An error with a line given directly (for positions CPython reports on a line it computes). */
    PythonSyntaxError errorAtLine(Kind kind, String message, int line, int column) {
        return new PythonSyntaxError(kind, message, filename, line, column, line, column, null);
    }
}
