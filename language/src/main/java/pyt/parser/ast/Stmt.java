package pyt.parser.ast;

import java.util.List;

/** Statements, one record per form of Python's {@code ast.stmt}. */
public sealed interface Stmt extends Node {

    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                    boolean isAsync, int start, int end) implements Stmt {}

    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decorators,
                    int start, int end) implements Stmt {}

    record Return(Expr value, int start, int end) implements Stmt {}

    record Delete(List<Expr> targets, int start, int end) implements Stmt {}

    /** {@code t1 = t2 = value}: several targets, each assigned the same value, left to right. */
    record Assign(List<Expr> targets, Expr value, int start, int end) implements Stmt {}

    record AugAssign(Expr target, Expr.BinOpKind op, Expr value, int start, int end) implements Stmt {}

    /** {@code simple} is true for a plain name target not in parentheses. {@code value} may be null. */
    record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, int start, int end) implements Stmt {}

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync, int start, int end)
                    implements Stmt {}

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, int start, int end) implements Stmt {}

    /** {@code elif} chains are nested Ifs in {@code orelse}. */
    record If(Expr test, List<Stmt> body, List<Stmt> orelse, int start, int end) implements Stmt {}

    record With(List<WithItem> items, List<Stmt> body, boolean isAsync, int start, int end) implements Stmt {}

    record Match(Expr subject, List<MatchCase> cases, int start, int end) implements Stmt {}

    record Raise(Expr exc, Expr cause, int start, int end) implements Stmt {}

    /** {@code isStar} marks {@code except*}. */
    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, boolean isStar,
                    int start, int end) implements Stmt {}

    record Assert(Expr test, Expr msg, int start, int end) implements Stmt {}

    record Import(List<Alias> names, int start, int end) implements Stmt {}

    /** {@code module} is null for {@code from . import x}; a name "*" is a star import. */
    record ImportFrom(String module, List<Alias> names, int level, int start, int end) implements Stmt {}

    record Global(List<String> names, int start, int end) implements Stmt {}

    record Nonlocal(List<String> names, int start, int end) implements Stmt {}

    record ExprStmt(Expr value, int start, int end) implements Stmt {}

    record Pass(int start, int end) implements Stmt {}

    record Break(int start, int end) implements Stmt {}

    record Continue(int start, int end) implements Stmt {}
}
