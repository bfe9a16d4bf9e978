package pyt.parser.ast;

/** {@code name as asname} in an import; {@code name} may be dotted; {@code asname} may be null. */
public record Alias(String name, String asname, int start, int end) implements Node {}
