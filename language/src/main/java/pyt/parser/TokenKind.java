package pyt.parser;

import java.util.HashMap;
import java.util.Map;

/**
 * The token types of Python's tokenizer. Hard keywords get their own kinds (as in CPython's
 * PEG parser) so the parser switches on kinds instead of comparing strings; soft keywords
 * ({@code match}, {@code case}, {@code _}) stay NAMEs.
 */
public enum TokenKind {
    NAME(null), NUMBER(null), STRING(null), NEWLINE(null), INDENT(null), DEDENT(null), ENDMARKER(null),

    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"),
    COLON(":"), COMMA(","), SEMI(";"), DOT("."), ELLIPSIS("..."), ARROW("->"), COLONEQUAL(":="),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"),
    EQUAL("="), PERCENT("%"), EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="),
    TILDE("~"), CIRCUMFLEX("^"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"), DOUBLESTAR("**"), DOUBLESLASH("//"),
    AT("@"),
    PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), PERCENTEQUAL("%="),
    AMPEREQUAL("&="), VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="),
    RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="), DOUBLESLASHEQUAL("//="), ATEQUAL("@="),
    /** {@code <>}, which only {@code barry_as_FLUFL} accepts; here it never parses. */
    LTGT("<>"),
    /** Any other ASCII character CPython's tokenizer passes on as an operator ({@code $ ? ! `}). */
    ERRORTOKEN(null),

    FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"), ASYNC("async"),
    AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"), DEF("def"), DEL("del"),
    ELIF("elif"), ELSE("else"), EXCEPT("except"), FINALLY("finally"), FOR("for"), FROM("from"),
    GLOBAL("global"), IF("if"), IMPORT("import"), IN("in"), IS("is"), LAMBDA("lambda"),
    NONLOCAL("nonlocal"), NOT("not"), OR("or"), PASS("pass"), RAISE("raise"), RETURN("return"),
    TRY("try"), WHILE("while"), WITH("with"), YIELD("yield");

    /** The source text of an operator or keyword; null for the other kinds. */
    public final String text;

    TokenKind(String text) {
        this.text = text;
    }

    public boolean isKeyword() {
        return ordinal() >= FALSE.ordinal();
    }

    /** True for {@code += -= ...}: the augmented assignment operators. */
    public boolean isAugAssign() {
        return ordinal() >= PLUSEQUAL.ordinal() && ordinal() <= ATEQUAL.ordinal();
    }

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

    static {
        for (TokenKind k : values()) {
            if (k.isKeyword()) {
                KEYWORDS.put(k.text, k);
            }
        }
    }

    /** The operator starting with c (then c1, c2), longest match first; ERRORTOKEN if none. */
    static TokenKind operator(int c, int c1, int c2) {
        return switch (c) {
            case '(' -> LPAR;
            case ')' -> RPAR;
            case '[' -> LSQB;
            case ']' -> RSQB;
            case '{' -> LBRACE;
            case '}' -> RBRACE;
            case ':' -> c1 == '=' ? COLONEQUAL : COLON;
            case ',' -> COMMA;
            case ';' -> SEMI;
            case '.' -> c1 == '.' && c2 == '.' ? ELLIPSIS : DOT;
            case '+' -> c1 == '=' ? PLUSEQUAL : PLUS;
            case '-' -> c1 == '=' ? MINEQUAL : c1 == '>' ? ARROW : MINUS;
            case '*' -> c1 == '*' ? (c2 == '=' ? DOUBLESTAREQUAL : DOUBLESTAR) : c1 == '=' ? STAREQUAL : STAR;
            case '/' -> c1 == '/' ? (c2 == '=' ? DOUBLESLASHEQUAL : DOUBLESLASH) : c1 == '=' ? SLASHEQUAL : SLASH;
            case '|' -> c1 == '=' ? VBAREQUAL : VBAR;
            case '&' -> c1 == '=' ? AMPEREQUAL : AMPER;
            case '<' -> c1 == '<' ? (c2 == '=' ? LEFTSHIFTEQUAL : LEFTSHIFT) : c1 == '=' ? LESSEQUAL : c1 == '>' ? LTGT : LESS;
            case '>' -> c1 == '>' ? (c2 == '=' ? RIGHTSHIFTEQUAL : RIGHTSHIFT) : c1 == '=' ? GREATEREQUAL : GREATER;
            case '=' -> c1 == '=' ? EQEQUAL : EQUAL;
            case '!' -> c1 == '=' ? NOTEQUAL : ERRORTOKEN;
            case '%' -> c1 == '=' ? PERCENTEQUAL : PERCENT;
            case '~' -> TILDE;
            case '^' -> c1 == '=' ? CIRCUMFLEXEQUAL : CIRCUMFLEX;
            case '@' -> c1 == '=' ? ATEQUAL : AT;
            default -> ERRORTOKEN;
        };
    }

    /** The keyword kind for an identifier, or NAME. */
    static TokenKind keywordOrName(String id) {
        TokenKind k = KEYWORDS.get(id);
        return k == null ? NAME : k;
    }
}
