package pyt.parser;

/**
 * One token: its kind, its extent as char offsets into the source, and the 1-based line it
 * starts on. {@code text} is the identifier (NFKC-normalized) for NAME and the raw source text
 * for NUMBER and STRING; null otherwise. {@code level} is the bracket depth after the token
 * (CPython uses it to tell whether a missing comma is plausible).
 */
public record Token(TokenKind kind, String text, int start, int end, int line, int level) {

    @Override
    public String toString() {
        return kind + (text != null ? "(" + text + ")" : "") + "@" + line + ":" + start;
    }
}
