package pyt.parser.ast;

import java.util.List;

/** A parsed file, or the statements of a {@code -c} argument or an {@code exec} string. */
public record Module(List<Stmt> body) {}
