package pyt.parser.ast;

/** {@code contextExpr as optionalVars}; {@code optionalVars} may be null. */
public record WithItem(Expr contextExpr, Expr optionalVars) {}
