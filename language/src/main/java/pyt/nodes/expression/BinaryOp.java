package pyt.nodes.expression;

import pyt.parser.ast.Expr;

/**
 * The binary operators with their special method names and the symbol CPython's error
 * messages use. Each operator has an in-place twin ({@code +=}), which tries {@code __iadd__}
 * first and names itself in errors.
 */
public enum BinaryOp {
    ADD("+", "add"),
    SUB("-", "sub"),
    MUL("*", "mul"),
    MATMUL("@", "matmul"),
    TRUEDIV("/", "truediv"),
    FLOORDIV("//", "floordiv"),
    MOD("%", "mod"),
    POW("**", "pow"),
    LSHIFT("<<", "lshift"),
    RSHIFT(">>", "rshift"),
    AND("&", "and"),
    OR("|", "or"),
    XOR("^", "xor"),
    IADD(ADD), ISUB(SUB), IMUL(MUL), IMATMUL(MATMUL), ITRUEDIV(TRUEDIV), IFLOORDIV(FLOORDIV), IMOD(MOD),
    IPOW(POW), ILSHIFT(LSHIFT), IRSHIFT(RSHIFT), IAND(AND), IOR(OR), IXOR(XOR);

    /** {@code +} or {@code +=}. */
    public final String symbol;
    /** {@code __add__}, also for the in-place twin. */
    public final String method;
    /** {@code __radd__}. */
    public final String reflected;
    /** {@code __iadd__} for in-place operators, else null. */
    public final String inplaceMethod;
    /** The operator itself, or the binary operator of an in-place twin. */
    public final BinaryOp binary;

    BinaryOp(String symbol, String name) {
        this.symbol = symbol;
        this.method = "__" + name + "__";
        this.reflected = "__r" + name + "__";
        this.inplaceMethod = null;
        this.binary = this;
    }

    BinaryOp(BinaryOp base) {
        this.symbol = base.symbol + "=";
        this.method = base.method;
        this.reflected = base.reflected;
        this.inplaceMethod = "__i" + base.method.substring(2);
        this.binary = base;
    }

    public boolean isInplace() {
        return inplaceMethod != null;
    }

    /** The symbol as CPython's "unsupported operand type(s) for ..." message writes it. */
    public String errorSymbol() {
        return this == POW ? "** or pow()" : symbol;
    }

    public BinaryOp inplace() {
        return isInplace() ? this : values()[ordinal() + IADD.ordinal()];
    }

    public static BinaryOp of(Expr.BinOpKind kind) {
        return switch (kind) {
            case ADD -> ADD;
            case SUB -> SUB;
            case MULT -> MUL;
            case MATMULT -> MATMUL;
            case DIV -> TRUEDIV;
            case FLOORDIV -> FLOORDIV;
            case MOD -> MOD;
            case POW -> POW;
            case LSHIFT -> LSHIFT;
            case RSHIFT -> RSHIFT;
            case BITAND -> AND;
            case BITOR -> OR;
            case BITXOR -> XOR;
        };
    }
}
