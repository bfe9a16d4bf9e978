package pyt.compiler;

import pyt.parser.PythonSyntaxError;
import pyt.parser.ast.Node;

/** Makes SyntaxErrors found after parsing point at the offending node's line and column. */
public final class SyntaxErrorFactory {
    private final String source;
    private final String filename;

    public SyntaxErrorFactory(String source, String filename) {
        this.source = source;
        this.filename = filename;
    }

    public PythonSyntaxError at(Node node, String message) {
        return atOffset(node == null ? 0 : node.start(), node == null ? 0 : node.end(), message);
    }

    public PythonSyntaxError atOffset(int start, int end, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < start && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int lineEnd = source.indexOf('\n', lineStart);
        String text = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
        int column = source.codePointCount(lineStart, Math.min(start, source.length())) + 1;
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, message, filename, line, column, line,
                        column + Math.max(1, end - start), text);
    }
}
