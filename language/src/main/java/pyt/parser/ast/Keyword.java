package pyt.parser.ast;

/** A keyword argument {@code name=value} of a call or class statement; {@code name} null for {@code **value}. */
public record Keyword(String name, Expr value, int start, int end) implements Node {}
