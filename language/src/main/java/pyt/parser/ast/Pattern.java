package pyt.parser.ast;

import java.util.List;

/** Patterns of a {@code match} statement, one record per form of Python's {@code ast.pattern}. */
public sealed interface Pattern extends Node {

    record MatchValue(Expr value, int start, int end) implements Pattern {}

    /** {@code value} is a Boolean or {@link Expr.Singleton#NONE}. */
    record MatchSingleton(Object value, int start, int end) implements Pattern {}

    record MatchSequence(List<Pattern> patterns, int start, int end) implements Pattern {}

    /** {@code rest} is the name bound by {@code **rest}, or null. */
    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, int start, int end) implements Pattern {}

    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns,
                    int start, int end) implements Pattern {}

    /** {@code *name} inside a sequence pattern; name null for {@code *_}. */
    record MatchStar(String name, int start, int end) implements Pattern {}

    /** {@code pattern as name}; both null for {@code _}; pattern null for a capture. */
    record MatchAs(Pattern pattern, String name, int start, int end) implements Pattern {}

    record MatchOr(List<Pattern> patterns, int start, int end) implements Pattern {}
}
