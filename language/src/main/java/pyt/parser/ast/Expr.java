package pyt.parser.ast;

import java.util.List;

/** Expressions, one record per form of Python's {@code ast.expr}. */
public sealed interface Expr extends Node {

    enum BoolOpKind { AND, OR }

    enum BinOpKind { ADD, SUB, MULT, MATMULT, DIV, MOD, POW, LSHIFT, RSHIFT, BITOR, BITXOR, BITAND, FLOORDIV }

    enum UnaryOpKind { INVERT, NOT, UADD, USUB }

    enum CmpOpKind { EQ, NOTEQ, LT, LTE, GT, GTE, IS, ISNOT, IN, NOTIN }

    record BoolOp(BoolOpKind op, List<Expr> values, int start, int end) implements Expr {}

    record NamedExpr(Name target, Expr value, int start, int end) implements Expr {}

    record BinOp(Expr left, BinOpKind op, Expr right, int start, int end) implements Expr {}

    record UnaryOp(UnaryOpKind op, Expr operand, int start, int end) implements Expr {}

    record Lambda(Arguments args, Expr body, int start, int end) implements Expr {}

    record IfExp(Expr test, Expr body, Expr orelse, int start, int end) implements Expr {}

    /** A {@code null} key marks a {@code **mapping} entry, whose mapping is the value. */
    record Dict(List<Expr> keys, List<Expr> values, int start, int end) implements Expr {}

    record Set(List<Expr> elts, int start, int end) implements Expr {}

    record ListComp(Expr elt, List<Comprehension> generators, int start, int end) implements Expr {}

    record SetComp(Expr elt, List<Comprehension> generators, int start, int end) implements Expr {}

    record DictComp(Expr key, Expr value, List<Comprehension> generators, int start, int end) implements Expr {}

    record GeneratorExp(Expr elt, List<Comprehension> generators, int start, int end) implements Expr {}

    record Await(Expr value, int start, int end) implements Expr {}

    /** {@code value} is {@code null} for a bare {@code yield}. */
    record Yield(Expr value, int start, int end) implements Expr {}

    record YieldFrom(Expr value, int start, int end) implements Expr {}

    /** A chained comparison {@code left op0 c0 op1 c1 ...}. */
    record Compare(Expr left, List<CmpOpKind> ops, List<Expr> comparators, int start, int end) implements Expr {}

    /** Positional arguments may include {@link Starred}; keywords with a null name are {@code **kw}. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, int start, int end) implements Expr {}

    /**
     * One replacement field of an f-string. {@code conversion} is -1 (none), 's', 'r' or 'a';
     * {@code formatSpec} is a {@link JoinedStr} or null.
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, int start, int end) implements Expr {}

    /** An f-string: its parts are {@link Constant} strings and {@link FormattedValue}s. */
    record JoinedStr(List<Expr> values, int start, int end) implements Expr {}

    /**
     * A literal. {@code value} is one of: {@link Long}, {@link java.math.BigInteger} (only when it
     * does not fit a long), {@link Double}, {@link Imaginary}, {@link String}, {@code byte[]},
     * {@link Boolean}, {@link Singleton#NONE} or {@link Singleton#ELLIPSIS}.
     */
    record Constant(Object value, int start, int end) implements Expr {}

    enum Singleton { NONE, ELLIPSIS }

    /** The value of an imaginary literal such as {@code 2.5j}. */
    record Imaginary(double imag) {}

    record Attribute(Expr value, String attr, int start, int end) implements Expr {}

    record Subscript(Expr value, Expr slice, int start, int end) implements Expr {}

    record Starred(Expr value, int start, int end) implements Expr {}

    record Name(String id, int start, int end) implements Expr {}

    record ListExpr(List<Expr> elts, int start, int end) implements Expr {}

    record Tuple(List<Expr> elts, int start, int end) implements Expr {}

    /** Only inside a {@link Subscript}'s slice (possibly inside a Tuple there); parts may be null. */
    record Slice(Expr lower, Expr upper, Expr step, int start, int end) implements Expr {}
}
