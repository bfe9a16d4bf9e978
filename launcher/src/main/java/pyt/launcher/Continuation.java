package pyt.launcher;

import java.util.regex.Pattern;

/**
 * Decides when the REPL has read a whole statement, by CPython's interactive rules: lines are
 * joined while a bracket or a triple-quoted string is open or a line ends in a backslash, and a
 * compound statement ({@code if}, {@code def}, a decorator, anything whose first line ends in
 * {@code :}) goes on until an empty line. The language has the last word: a source it reports
 * as incomplete ({@code PolyglotException.isIncompleteSource()}) is continued too.
 */
final class Continuation {
    private static final Pattern COMPOUND_START = Pattern.compile(
                    "^\\s*(if|elif|else|for|while|def|class|with|try|except|finally|async|@)(\\b|\\s|\\(|:|$).*", Pattern.DOTALL);

    private Continuation() {
    }

    /** Whether {@code buffer} (lines joined by newlines) needs more input. */
    static boolean needsMore(String buffer, boolean lastLineBlank) {
        Scan scan = scan(buffer);
        if (scan.openBrackets > 0 || scan.inTripleQuote || scan.endsWithBackslash) {
            return true;
        }
        if (scan.firstLogicalLine == null) {
            return false;
        }
        boolean compound = scan.firstLineEndsWithColon || COMPOUND_START.matcher(scan.firstLogicalLine).matches();
        return compound && !lastLineBlank;
    }

    /** Whether {@code buffer} holds nothing but blanks and comments. */
    static boolean isEmpty(String buffer) {
        return !scan(buffer).hasCode;
    }

    private static final class Scan {
        boolean hasCode;
        int openBrackets;
        boolean inTripleQuote;
        boolean endsWithBackslash;
        String firstLogicalLine;
        boolean firstLineEndsWithColon;
    }

    private static Scan scan(String s) {
        Scan scan = new Scan();
        int depth = 0;
        int logicalStart = -1;
        char lastSignificant = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '#') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (!Character.isWhitespace(c)) {
                scan.hasCode = true;
            }
            if (c == '\'' || c == '"') {
                if (logicalStart < 0) {
                    logicalStart = i;
                }
                boolean triple = i + 2 < n && s.charAt(i + 1) == c && s.charAt(i + 2) == c;
                int j = i + (triple ? 3 : 1);
                boolean closed = false;
                while (j < n) {
                    char d = s.charAt(j);
                    if (d == '\\') {
                        j += 2;
                        continue;
                    }
                    if (!triple && d == '\n') {
                        break;
                    }
                    if (d == c && (!triple || (j + 2 < n && s.charAt(j + 1) == c && s.charAt(j + 2) == c))) {
                        j += triple ? 3 : 1;
                        closed = true;
                        break;
                    }
                    j++;
                }
                if (triple && !closed) {
                    scan.inTripleQuote = true;
                    return scan;
                }
                lastSignificant = c;
                i = Math.min(j, n);
                continue;
            }
            if (c == '\\' && i + 1 < n && s.charAt(i + 1) == '\n') {
                i += 2;
                continue;
            }
            if (c == '\\' && i + 1 == n) {
                scan.endsWithBackslash = true;
                return scan;
            }
            if (c == '\n') {
                if (depth == 0 && logicalStart >= 0 && scan.firstLogicalLine == null) {
                    scan.firstLogicalLine = s.substring(logicalStart, i);
                    scan.firstLineEndsWithColon = lastSignificant == ':';
                }
                i++;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                if (logicalStart < 0) {
                    logicalStart = i;
                }
                lastSignificant = c;
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                }
            }
            i++;
        }
        if (logicalStart >= 0 && scan.firstLogicalLine == null) {
            scan.firstLogicalLine = s.substring(logicalStart);
            scan.firstLineEndsWithColon = depth == 0 && lastSignificant == ':';
        }
        scan.openBrackets = depth;
        return scan;
    }
}
