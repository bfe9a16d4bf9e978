package pyt.parser.ast;

import java.util.List;

public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}
