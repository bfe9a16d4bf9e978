package pyt.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import pyt.parser.ast.Expr;

/**
 * Implicit concatenation of adjacent string literals and the 3.11 f-string rules
 * ({@code fstring_find_literal}/{@code fstring_find_expr} of CPython's {@code string_parser.c}):
 * the replacement fields are scanned in the raw source text, and each expression is parsed by a
 * fresh parser over that same source range, so node positions are offsets into the real source.
 * Errors without a location go where CPython puts them: the token after the strings.
 */
final class FStringParser {
    private static final int MAXLEVEL = 200;

    private final InvalidRules parser;
    private final String src;
    private final Token token;
    private final boolean raw;
    private final int end;
    private int pos;
    /** The pending literal text not yet turned into a Constant. */
    private final StringBuilder lastStr = new StringBuilder();
    private final List<Expr> values = new ArrayList<>();
    private final int nodeStart;
    private final int nodeEnd;

    private FStringParser(InvalidRules parser, Token token, boolean raw, int pos, int end, int nodeStart, int nodeEnd) {
        this.parser = parser;
        this.src = parser.errors.source;
        this.token = token;
        this.raw = raw;
        this.pos = pos;
        this.end = end;
        this.nodeStart = nodeStart;
        this.nodeEnd = nodeEnd;
    }

    /** CPython's {@code _PyPegen_concatenate_strings}. */
    static Expr concatenate(InvalidRules p, List<Token> parts) {
        boolean anyBytes = false, anyStr = false, anyF = false;
        StringLiterals.Literal[] lits = new StringLiterals.Literal[parts.size()];
        for (int i = 0; i < lits.length; i++) {
            lits[i] = StringLiterals.analyze(parts.get(i));
            anyBytes |= lits[i].bytes();
            anyStr |= !lits[i].bytes();
            anyF |= lits[i].fstring();
        }
        int start = parts.get(0).start();
        int stop = parts.get(parts.size() - 1).end();
        if (anyBytes && anyStr) {
            throw new InvalidRules.Fatal(p.syntaxError("cannot mix bytes and nonbytes literals", p.lastFetched()));
        }
        String src = p.errors.source;
        try {
            if (anyBytes) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = 0; i < lits.length; i++) {
                    try {
                        out.writeBytes(StringLiterals.decodeBytes(src, lits[i].bodyStart(), lits[i].bodyEnd(), lits[i].raw()));
                    } catch (StringLiterals.DecodeError e) {
                        if (e.getMessage().startsWith("bytes can only")) {
                            throw new InvalidRules.Fatal(p.syntaxError(e.getMessage(), parts.get(i)));
                        }
                        throw e;
                    }
                }
                return new Expr.Constant(out.toByteArray(), start, stop);
            }
            if (!anyF) {
                if (lits.length == 1) {
                    return new Expr.Constant(StringLiterals.decodeStr(src, lits[0].bodyStart(), lits[0].bodyEnd(), lits[0].raw()),
                                    start, stop);
                }
                StringBuilder sb = new StringBuilder();
                for (StringLiterals.Literal l : lits) {
                    sb.append(StringLiterals.decodeStr(src, l.bodyStart(), l.bodyEnd(), l.raw()));
                }
                return new Expr.Constant(sb.toString(), start, stop);
            }
            FStringParser state = null;
            for (int i = 0; i < lits.length; i++) {
                StringLiterals.Literal l = lits[i];
                FStringParser f = new FStringParser(p, parts.get(i), l.raw(), l.bodyStart(), l.bodyEnd(), start, stop);
                if (state != null) {
                    f.values.addAll(state.values);
                    f.lastStr.append(state.lastStr);
                }
                state = f;
                if (l.fstring()) {
                    f.parse(0);
                } else {
                    f.lastStr.append(StringLiterals.decodeStr(src, l.bodyStart(), l.bodyEnd(), l.raw()));
                }
            }
            state.flush();
            return new Expr.JoinedStr(state.values, start, stop);
        } catch (StringLiterals.DecodeError e) {
            throw new InvalidRules.Fatal(p.syntaxError(e.getMessage(), p.lastFetched()));
        }
    }

    /** f-string errors are raised while CPython builds the string node: they are final. */
    private InvalidRules.Fatal error(String message) {
        return new InvalidRules.Fatal(parser.syntaxError(message, parser.lastFetched()));
    }

    private void flush() {
        if (lastStr.length() > 0) {
            values.add(new Expr.Constant(lastStr.toString(), nodeStart, nodeEnd));
            lastStr.setLength(0);
        }
    }

    /** fstring_parse/ConcatFstring: literals and replacement fields up to the end or a '}'. */
    private void parse(int recurseLvl) {
        for (;;) {
            int r = findLiteral(recurseLvl);
            if (r == 1) {
                continue;
            }
            if (pos >= end || src.charAt(pos) == '}') {
                break;
            }
            Expr e = findExpr(recurseLvl);
            flush();
            values.add(e);
        }
        if (recurseLvl == 0 && pos < end - 1) {
            throw error("f-string: unexpected end of string");
        }
        if (recurseLvl != 0 && (pos >= end || src.charAt(pos) != '}')) {
            throw error("f-string: expecting '}'");
        }
    }

    /** Scans a literal part; returns 1 when it stopped at a doubled brace (continue scanning). */
    private int findLiteral(int recurseLvl) {
        int s = pos;
        int literalStart = s;
        int result = 0;
        int literalEnd;
        for (;;) {
            if (s >= end) {
                pos = s;
                literalEnd = s;
                break;
            }
            char ch = src.charAt(s++);
            if (!raw && ch == '\\' && s < end) {
                ch = src.charAt(s++);
                if (ch == 'N') {
                    if (s < end && src.charAt(s++) == '{') {
                        while (s < end && src.charAt(s++) != '}') {
                            // skip the character name
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurseLvl == 0) {
                    if (s < end && src.charAt(s) == ch) {
                        pos = s + 1;
                        literalEnd = s;
                        result = 1;
                        break;
                    }
                    if (ch == '}') {
                        pos = s - 1;
                        throw error("f-string: single '}' is not allowed");
                    }
                }
                s--;
                pos = s;
                literalEnd = s;
                break;
            }
        }
        if (literalEnd > literalStart) {
            lastStr.append(StringLiterals.decodeStr(src, literalStart, literalEnd, raw));
        }
        return result;
    }

    /** A replacement field starting at '{'. */
    private Expr findExpr(int recurseLvl) {
        if (recurseLvl >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        pos++;
        int exprStart = pos;
        char quoteChar = 0;
        int stringType = 0;
        int nestedDepth = 0;
        char[] parenstack = new char[MAXLEVEL];
        for (; pos < end; pos++) {
            char ch = src.charAt(pos);
            if (ch == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quoteChar != 0) {
                if (ch == quoteChar) {
                    if (stringType == 3) {
                        if (pos + 2 < end && src.charAt(pos + 1) == ch && src.charAt(pos + 2) == ch) {
                            pos += 2;
                            stringType = 0;
                            quoteChar = 0;
                        }
                    } else {
                        stringType = 0;
                        quoteChar = 0;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                if (pos + 2 < end && src.charAt(pos + 1) == ch && src.charAt(pos + 2) == ch) {
                    stringType = 3;
                    pos += 2;
                } else {
                    stringType = 1;
                }
                quoteChar = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (nestedDepth >= MAXLEVEL) {
                    throw error("f-string: too many nested parenthesis");
                }
                parenstack[nestedDepth++] = ch;
            } else if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (nestedDepth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (pos + 1 < end) {
                    char next = src.charAt(pos + 1);
                    if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                        pos++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (nestedDepth == 0) {
                    throw error("f-string: unmatched '" + ch + "'");
                }
                char opening = parenstack[--nestedDepth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                    throw error("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '" + opening + "'");
                }
            }
        }
        int exprEnd = pos;
        if (quoteChar != 0) {
            throw error("f-string: unterminated string");
        }
        if (nestedDepth > 0) {
            throw error("f-string: unmatched '" + parenstack[nestedDepth - 1] + "'");
        }
        if (pos >= end) {
            throw error("f-string: expecting '}'");
        }
        Expr expression = compileExpr(exprStart, exprEnd);
        String exprText = null;
        if (src.charAt(pos) == '=') {
            pos++;
            while (pos < end && isSpace(src.charAt(pos))) {
                pos++;
            }
            if (pos >= end) {
                throw error("f-string: expecting '}'");
            }
            exprText = src.substring(exprStart, pos);
        }
        int conversion = -1;
        if (src.charAt(pos) == '!') {
            pos++;
            if (pos >= end) {
                throw error("f-string: expecting '}'");
            }
            conversion = src.charAt(pos++);
            if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr formatSpec = null;
        if (pos >= end) {
            throw error("f-string: expecting '}'");
        }
        if (src.charAt(pos) == ':') {
            pos++;
            if (pos >= end) {
                throw error("f-string: expecting '}'");
            }
            FStringParser spec = new FStringParser(parser, token, raw, pos, end, nodeStart, nodeEnd);
            spec.parse(recurseLvl + 1);
            spec.flush();
            pos = spec.pos;
            formatSpec = new Expr.JoinedStr(spec.values, nodeStart, nodeEnd);
        }
        if (pos >= end || src.charAt(pos) != '}') {
            throw error("f-string: expecting '}'");
        }
        pos++;
        if (exprText != null) {
            lastStr.append(exprText);
            if (formatSpec == null && conversion == -1) {
                conversion = 'r';
            }
        }
        return new Expr.FormattedValue(expression, conversion, formatSpec, nodeStart, nodeEnd);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\013';
    }

    /** Parses the expression text as CPython does: as if written "(" + text + ")". */
    private Expr compileExpr(int from, int to) {
        boolean empty = true;
        for (int i = from; i < to; i++) {
            if (!isSpace(src.charAt(i))) {
                empty = false;
                break;
            }
        }
        if (empty) {
            char c = src.charAt(to);
            if (c == '!' || c == ':' || c == '=') {
                throw error("f-string: expression required before '" + c + "'");
            }
            throw error("f-string: empty expression not allowed");
        }
        int line = token.line();
        for (int i = token.start(); i < from; i++) {
            char c = src.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= src.length() || src.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        Tokenizer t = new Tokenizer(parser.errors, from, to, line, true);
        StatementParser sub = new StatementParser(parser.errors, t);
        try {
            return sub.fstringExpression();
        } catch (PythonSyntaxError e) {
            throw new InvalidRules.Fatal(prefixed(e, from, to, line));
        } catch (InvalidRules.Fatal e) {
            throw new InvalidRules.Fatal(prefixed(e.error, from, to, line));
        }
    }

    /**
     * CPython 3.11 parses the text "(" + expression + ")" on its own and reports errors in it
     * with that text as the line and columns counted in it.
     */
    private PythonSyntaxError prefixed(PythonSyntaxError e, int from, int to, int line) {
        String text = "(" + src.substring(from, to) + ")";
        int column = e.column();
        int endColumn = e.endColumn();
        if (e.line() == line && text.indexOf('\n') < 0) {
            int base = parser.errors.columnOf(from);
            column = column - base + 2;
            endColumn = e.endLine() == line ? endColumn - base + 2 : endColumn;
        }
        return new PythonSyntaxError(e.kind(), "f-string: " + e.getMessage(), e.filename(), e.line(), column, e.endLine(),
                        endColumn, text);
    }
}
