package pyt.nodes.expression;

/** The rich comparisons: symbol, special method, and the reflected operation tried on the right operand. */
public enum CompareOp {
    LT("<", "__lt__"),
    LE("<=", "__le__"),
    GT(">", "__gt__"),
    GE(">=", "__ge__"),
    EQ("==", "__eq__"),
    NE("!=", "__ne__");

    public final String symbol;
    public final String method;

    CompareOp(String symbol, String method) {
        this.symbol = symbol;
        this.method = method;
    }

    /** {@code a < b} is {@code b > a}: the operation the right operand's class is asked for. */
    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
            case EQ -> EQ;
            case NE -> NE;
        };
    }

    /**
     * The outcome of the operation for operands that compare as {@code c}: -1, 0, 1, or
     * {@link Comparisons#UNORDERED} (a NaN), for which only {@code !=} holds.
     */
    public boolean test(int c) {
        if (c == Comparisons.UNORDERED) {
            return this == NE;
        }
        return switch (this) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
        };
    }
}
