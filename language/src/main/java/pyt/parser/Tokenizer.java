package pyt.parser;

import java.text.Normalizer;
import java.util.Arrays;

import pyt.parser.PythonSyntaxError.Kind;

/**
 * A char scanner producing Python tokens one at a time, on demand, following CPython 3.11's
 * {@code tokenizer.c}: indentation with tabs to multiples of 8 checked against a tab size of 1
 * (TabError), implicit joining inside brackets, backslash continuations, and the same errors.
 * Tokenizing lazily matters: CPython reports the first error the parser reaches, so an error
 * late in the file must not hide an earlier syntax error.
 * <p>
 * Errors come in two flavours, as in CPython: "hard" ones the tokenizer raises itself (bad
 * literals, unmatched brackets), which win over parser errors even when found later while
 * scanning the rest of the file, and "soft" ones (indentation, EOF) that only count when the
 * parser asks for the token.
 */
final class Tokenizer {
    static final int MAXINDENT = 100;
    static final int MAXLEVEL = 200;
    private static final int EOF = -1;

    /** A tokenizer error; {@code hard} says whether CPython's tokenizer raised it itself. */
    static final class TokenizeError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final PythonSyntaxError error;
        final boolean hard;

        TokenizeError(PythonSyntaxError error, boolean hard) {
            super(error.getMessage(), null, false, false);
            this.error = error;
            this.hard = hard;
        }
    }

    final String src;
    final SyntaxErrors errors;
    private final int limit;
    private int pos;
    private int line;
    private int lineStart;

    private boolean atBol = true;
    private boolean lineHasTokens;
    private int pendin;
    // The stacks start small and grow up to their limits: a tokenizer is made for every f-string
    // replacement field, and most never indent or nest deeply.
    private int[] indstack = new int[8];
    private int[] altindstack = new int[8];
    private int indent;

    private int level;
    private char[] parenStack = new char[8];
    private int[] parenLine = new int[8];
    private int[] parenOffset = new int[8];

    /** For f-string replacement fields: emit a virtual '(' first and ')' last, as CPython does. */
    private final boolean fstringExpr;
    private boolean virtualOpenDone;
    private boolean virtualCloseDone;
    private boolean done;
    /**
     * "single" mode (CPython's Py_single_input from a string): no newline is appended to the
     * last line; instead the first ENDMARKER after any token becomes a NEWLINE (with the open
     * blocks dedented), which is how a compound statement gets its terminating NEWLINE.
     */
    private boolean singleInput;
    private int commentStart = -1;
    private boolean parsingStarted;

    /** Whether t is one of the tokens "single" mode makes up at the end of input (CPython gives them column 0). */
    boolean isSingleInputEnd(Token t) {
        return singleInput && t.start() == t.end() && t.start() == eofOffset()
                        && (t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.ENDMARKER);
    }

    void setSingleInput() {
        singleInput = true;
        appendsNewline = false;
    }

    /**
     * Whether the source is read as if it ended with a newline, as CPython does for "exec" input
     * only; "eval" and "single" input see the last line as it is.
     */
    private boolean appendsNewline = true;

    void setNoAppendedNewline() {
        appendsNewline = false;
    }

    Tokenizer(SyntaxErrors errors, int begin, int limit, int line, boolean fstringExpr) {
        this.src = errors.source;
        this.errors = errors;
        this.pos = begin;
        this.limit = limit;
        this.line = line;
        this.lineStart = errors.lineStartOf(begin);
        this.fstringExpr = fstringExpr;
        if (fstringExpr) {
            atBol = false;
        }
    }

    int level() {
        return level;
    }

    /** Line of the innermost open bracket (valid when level() > 0). */
    int openParenLine() {
        return parenLine[level - 1];
    }

    /** CPython's "'(' was never closed", for the innermost open bracket. */
    PythonSyntaxError unclosedParenError() {
        int off = parenOffset[level - 1];
        return errors.error("'" + parenStack[level - 1] + "' was never closed", off, off);
    }

    private int peekc() {
        return pos < limit ? src.charAt(pos) : EOF;
    }

    private int peekc(int k) {
        return pos + k < limit ? src.charAt(pos + k) : EOF;
    }

    private static boolean isNewlineChar(int c) {
        return c == '\n' || c == '\r';
    }

    /** Consumes a line terminator (\n, \r\n or \r) at pos. */
    private void consumeNewline() {
        if (src.charAt(pos) == '\r' && pos + 1 < limit && src.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    private TokenizeError hard(String message, int start, int end) {
        return new TokenizeError(errors.error(message, start, end), true);
    }

    private TokenizeError soft(Kind kind, String message, int start, int end) {
        return new TokenizeError(errors.error(kind, message, start, end), false);
    }

    /**
     * Indentation errors: CPython reports a dedent mismatch past the end of the offending line,
     * the others at its start.
     */
    private TokenizeError indentError(Kind kind, String message) {
        if (!message.equals(SyntaxErrors.UNINDENT_MISMATCH)) {
            return soft(kind, message, lineStart, lineStart);
        }
        int e = pos;
        while (e < limit && !isNewlineChar(src.charAt(e))) {
            e++;
        }
        return soft(kind, message, e, e);
    }

    /** Line of the last token produced (CPython compares it with an unclosed bracket's line). */
    int lastLine() {
        return lastLine;
    }

    private int lastLine = 1;

    private Token make(TokenKind kind, String text, int start, int end) {
        lineHasTokens = true;
        return new Token(kind, text, start, end, line, level);
    }

    /** Where tokens at end of input sit: CPython puts them at the end of the last line. */
    private int eofOffset() {
        int p = limit;
        if (p > 0 && src.charAt(p - 1) == '\n') {
            p--;
            if (p > 0 && src.charAt(p - 1) == '\r') {
                p--;
            }
        } else if (p > 0 && src.charAt(p - 1) == '\r') {
            p--;
        }
        return Math.max(p, 0);
    }

    private int eofLine() {
        int p = limit;
        return p > 0 && isNewlineChar(src.charAt(p - 1)) && !fstringExpr ? line - 1 : line;
    }

    Token next() {
        boolean wasStarted = parsingStarted;
        Token t = nextToken();
        lastLine = t.line();
        if (t.kind() != TokenKind.ENDMARKER && !(singleInput && wasStarted && !parsingStarted)) {
            parsingStarted = true;
        }
        return t;
    }

    private Token nextToken() {
        if (done) {
            return new Token(TokenKind.ENDMARKER, null, eofOffset(), eofOffset(), eofLine(), level);
        }
        if (fstringExpr && !virtualOpenDone) {
            virtualOpenDone = true;
            pushParen('(', pos);
            return make(TokenKind.LPAR, null, pos, pos);
        }
        for (;;) {
            boolean blankline = false;
            if (atBol) {
                atBol = false;
                blankline = computeIndentation();
            }
            if (pendin != 0) {
                int at = pos >= limit ? eofOffset() : pos;
                int ln = pos >= limit ? eofLine() : line;
                if (pendin < 0) {
                    pendin++;
                    return new Token(TokenKind.DEDENT, null, at, at, ln, level);
                }
                pendin--;
                return new Token(TokenKind.INDENT, null, lineStart, pos, line, level);
            }
            // skip spaces and comments, then handle continuations; loops for "goto again"
            for (;;) {
                int c = peekc();
                while (c == ' ' || c == '\t' || c == '\014') {
                    pos++;
                    c = peekc();
                }
                commentStart = -1;
                if (c == '#') {
                    commentStart = pos;
                    while (c != EOF && !isNewlineChar(c)) {
                        pos++;
                        c = peekc();
                    }
                }
                if (c == '\\') {
                    int at = pos;
                    pos++;
                    c = peekc();
                    if (c == EOF && appendsNewline) {
                        // CPython appends a newline to the last line: backslash, newline, then EOF
                        throw soft(Kind.SyntaxError, SyntaxErrors.UNEXPECTED_EOF, at + 1, at + 1);
                    }
                    if (!isNewlineChar(c)) {
                        int at2 = c == EOF ? pos - 1 : pos;
                        throw soft(Kind.SyntaxError, SyntaxErrors.LINE_CONTINUATION, at2, at2);
                    }
                    consumeNewline();
                    if (peekc() == EOF) {
                        throw soft(Kind.SyntaxError, SyntaxErrors.UNEXPECTED_EOF, at + 1, at + 1);
                    }
                    continue;
                }
                break;
            }
            int c = peekc();
            if (c == EOF) {
                return endOfInput();
            }
            if (isNewlineChar(c)) {
                // CPython's NEWLINE starts where a comment before it started
                int start = commentStart >= 0 ? commentStart : pos;
                consumeNewline();
                atBol = true;
                if (blankline || level > 0 || !lineHasTokens) {
                    continue;
                }
                lineHasTokens = false;
                return new Token(TokenKind.NEWLINE, null, start, pos, line - 1, level);
            }
            return scanToken(c);
        }
    }

    private Token endOfInput() {
        if (fstringExpr && !virtualCloseDone) {
            virtualCloseDone = true;
            closeParen(')', pos);
            return make(TokenKind.RPAR, null, pos, pos);
        }
        if (level > 0) {
            throw new TokenizeError(unclosedParenError(), false);
        }
        if (singleInput) {
            if (parsingStarted) {
                parsingStarted = false;
                pendin = -indent;
                indent = 0;
                lineHasTokens = false;
                return new Token(TokenKind.NEWLINE, null, eofOffset(), eofOffset(), eofLine(), level);
            }
            done = true;
            return new Token(TokenKind.ENDMARKER, null, eofOffset(), eofOffset(), eofLine(), level);
        }
        if (lineHasTokens) {
            lineHasTokens = false;
            atBol = true;
            int at = commentStart >= 0 ? commentStart : pos;
            return new Token(TokenKind.NEWLINE, null, at, at, line, level);
        }
        if (indent > 0) {
            indent--;
            return new Token(TokenKind.DEDENT, null, eofOffset(), eofOffset(), eofLine(), level);
        }
        done = true;
        return new Token(TokenKind.ENDMARKER, null, eofOffset(), eofOffset(), eofLine(), level);
    }

    /** Measures the indentation of a new line; returns whether the line is blank. */
    private boolean computeIndentation() {
        int col = 0;
        int altcol = 0;
        int contLineCol = 0;
        for (;;) {
            int c = peekc();
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                altcol = altcol + 1;
            } else if (c == '\014') {
                col = altcol = 0;
            } else if (c == '\\') {
                contLineCol = contLineCol != 0 ? contLineCol : col;
                int at = pos;
                pos++;
                if (peekc() == EOF && appendsNewline) {
                    throw soft(Kind.SyntaxError, SyntaxErrors.UNEXPECTED_EOF, at + 1, at + 1);
                }
                if (!isNewlineChar(peekc())) {
                    throw soft(Kind.SyntaxError, SyntaxErrors.LINE_CONTINUATION, pos, pos);
                }
                consumeNewline();
                if (peekc() == EOF) {
                    throw soft(Kind.SyntaxError, SyntaxErrors.UNEXPECTED_EOF, at + 1, at + 1);
                }
                continue;
            } else {
                break;
            }
            pos++;
        }
        int c = peekc();
        boolean blankline = c == '#' || isNewlineChar(c);
        if (c == EOF && appendsNewline) {
            // like CPython's appended newline: trailing whitespace is a blank line, then EOF dedents
            col = altcol = 0;
        }
        if (!blankline && level == 0) {
            if (contLineCol != 0) {
                col = altcol = contLineCol;
            }
            if (col == indstack[indent]) {
                if (altcol != altindstack[indent]) {
                    throw indentError(Kind.TabError, SyntaxErrors.TAB_ERROR);
                }
            } else if (col > indstack[indent]) {
                if (indent + 1 >= MAXINDENT) {
                    throw indentError(Kind.IndentationError, "too many levels of indentation");
                }
                if (altcol <= altindstack[indent]) {
                    throw indentError(Kind.TabError, SyntaxErrors.TAB_ERROR);
                }
                pendin++;
                if (indent + 1 == indstack.length) {
                    indstack = Arrays.copyOf(indstack, indstack.length * 2);
                    altindstack = Arrays.copyOf(altindstack, indstack.length);
                }
                indstack[++indent] = col;
                altindstack[indent] = altcol;
            } else {
                while (indent > 0 && col < indstack[indent]) {
                    pendin--;
                    indent--;
                }
                if (col != indstack[indent]) {
                    throw indentError(Kind.IndentationError, SyntaxErrors.UNINDENT_MISMATCH);
                }
                if (altcol != altindstack[indent]) {
                    throw indentError(Kind.TabError, SyntaxErrors.TAB_ERROR);
                }
            }
        }
        return blankline;
    }

    private static boolean isIdentStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isIdentChar(int c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private Token scanToken(int c) {
        int start = pos;
        if (isIdentStart(c)) {
            return scanNameOrString(start);
        }
        if (isDigit(c) || (c == '.' && isDigit(peekc(1)))) {
            NumberScanner.scan(this, start);
            return make(TokenKind.NUMBER, src.substring(start, pos), start, pos);
        }
        if (c == '"' || c == '\'') {
            scanString(start);
            return make(TokenKind.STRING, src.substring(start, pos), start, pos);
        }
        return scanOperator(c, start);
    }

    private Token scanNameOrString(int start) {
        boolean sawB = false, sawR = false, sawU = false, sawF = false;
        for (;;) {
            int c = peekc();
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            pos++;
            int q = peekc();
            if (q == '"' || q == '\'') {
                scanString(start);
                return make(TokenKind.STRING, src.substring(start, pos), start, pos);
            }
        }
        boolean nonascii = false;
        int c = peekc();
        while (c != EOF && isIdentChar(c)) {
            if (c >= 128) {
                nonascii = true;
            }
            pos++;
            c = peekc();
        }
        String id = src.substring(start, pos);
        if (nonascii) {
            id = verifyIdentifier(start, id);
            return make(TokenKind.NAME, id, start, pos);
        }
        return make(TokenKind.keywordOrName(id), id, start, pos);
    }

    /** CPython's verify_identifier: XID_Start/XID_Continue, then NFKC normalization. */
    private String verifyIdentifier(int start, String id) {
        int bad = Identifiers.firstInvalid(id);
        if (bad >= 0) {
            int cp = id.codePointAt(bad);
            pos = start + bad + Character.charCount(cp);
            throw hard(Identifiers.invalidCharacterMessage(cp), start + bad, pos);
        }
        return Normalizer.normalize(id, Normalizer.Form.NFKC);
    }

    /** Scans a string literal whose prefix (if any) ends at pos; CPython's letter_quote. */
    private void scanString(int start) {
        int quote = src.charAt(pos);
        int firstLine = line;
        int firstLineStart = lineStart;
        int quoteSize = 1;
        int endQuoteSize = 0;
        pos++;
        if (peekc() == quote) {
            pos++;
            if (peekc() == quote) {
                pos++;
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        while (endQuoteSize != quoteSize) {
            int c = peekc();
            if (c == EOF || (quoteSize == 1 && isNewlineChar(c))) {
                int detected = line;
                if (c == EOF && limit > 0 && isNewlineChar(src.charAt(limit - 1))) {
                    detected = line - 1;
                }
                String what = quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
                line = firstLine;
                lineStart = firstLineStart;
                throw hard(what + " (detected at line " + detected + ")", start, start);
            }
            if (isNewlineChar(c)) {
                consumeNewline();
                endQuoteSize = 0;
                continue;
            }
            pos++;
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    int d = peekc();
                    if (isNewlineChar(d)) {
                        consumeNewline();
                    } else if (d != EOF) {
                        pos++;
                    }
                }
            }
        }
    }

    private void pushParen(char c, int at) {
        if (level >= MAXLEVEL) {
            throw hard("too many nested parentheses", at, at + 1);
        }
        if (level == parenStack.length) {
            parenStack = Arrays.copyOf(parenStack, level * 2);
            parenLine = Arrays.copyOf(parenLine, level * 2);
            parenOffset = Arrays.copyOf(parenOffset, level * 2);
        }
        parenStack[level] = c;
        parenLine[level] = line;
        parenOffset[level] = at;
        level++;
    }

    private void closeParen(char c, int at) {
        if (level == 0) {
            throw hard("unmatched '" + c + "'", at, at + 1);
        }
        level--;
        char opening = parenStack[level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
            String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + opening + "'";
            if (parenLine[level] != line) {
                msg += " on line " + parenLine[level];
            }
            throw hard(msg, at, at + 1);
        }
    }

    private Token scanOperator(int c, int start) {
        TokenKind k = TokenKind.operator(c, peekc(1), peekc(2));
        switch (k) {
            case LPAR, LSQB, LBRACE -> pushParen((char) c, start);
            case RPAR, RSQB, RBRACE -> closeParen((char) c, start);
            case ERRORTOKEN -> {
                if (c == 0) {
                    throw hard("source code cannot contain null bytes", start, start);
                }
                if (!Identifiers.isPrintable(c)) {
                    pos++;
                    throw hard(Identifiers.invalidCharacterMessage(c), start, start + 1);
                }
            }
            default -> {
            }
        }
        pos += k.text != null ? k.text.length() : 1;
        return make(k, k == TokenKind.ERRORTOKEN ? String.valueOf((char) c) : null, start, pos);
    }

    // -- used by NumberScanner --

    int pos() {
        return pos;
    }

    int charAt(int offset) {
        return offset < limit ? src.charAt(offset) : EOF;
    }

    void setPos(int p) {
        pos = p;
    }

    TokenizeError numberError(String message, int errPos) {
        return hard(message, Math.max(errPos - 1, 0), errPos);
    }
}
