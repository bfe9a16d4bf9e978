package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import pyt.nodes.PytTypes;
import pyt.parser.ast.Expr;

/**
 * A binary operator applied to two values: one DSL node class per operator ({@link AddNode},
 * {@link SubNode}, ...), each specializing on operand types from fast to general and ending in
 * the shared {@link BinaryDunderNode}. In-place twins ({@code +=}) come from
 * {@link #createInplace}. Not a {@code PytNode}: uncached versions must have no fields, and
 * the expression node around it carries the source range.
 */
@TypeSystemReference(PytTypes.class)
@GenerateInline(value = false, inherit = true)
public abstract class BinaryOpNode extends Node {

    public abstract Object execute(Object left, Object right);

    /** The operator this node implements: its special methods and its symbol in errors. */
    protected abstract BinaryOp op();

    public static BinaryOpNode create(Expr.BinOpKind kind) {
        return create(BinaryOp.of(kind));
    }

    /** The node for {@code target op= value}. */
    public static BinaryOpNode createInplace(Expr.BinOpKind kind) {
        return create(BinaryOp.of(kind).inplace());
    }

    public static BinaryOpNode create(BinaryOp op) {
        return switch (op) {
            case ADD -> AddNodeGen.create();
            case SUB -> SubNodeGen.create();
            case MUL -> MulNodeGen.create();
            case MATMUL -> MatMulNodeGen.create();
            case TRUEDIV -> TrueDivNodeGen.create();
            case FLOORDIV -> FloorDivNodeGen.create();
            case MOD -> ModNodeGen.create();
            case POW -> PowNodeGen.create();
            case LSHIFT -> LShiftNodeGen.create();
            case RSHIFT -> RShiftNodeGen.create();
            case AND -> BitAndNodeGen.create();
            case OR -> BitOrNodeGen.create();
            case XOR -> BitXorNodeGen.create();
            case IADD -> new InplaceListNode(op, InplaceNodesFactory.IAddNodeGen.create());
            case IMUL -> new InplaceListNode(op, InplaceNodesFactory.IMulNodeGen.create());
            default -> InplaceNodes.create(op);
        };
    }

    /** A shared node for slow paths (builtins, interop): {@code getUncached(BinaryOp.POW).execute(a, b)}. */
    public static BinaryOpNode getUncached(BinaryOp op) {
        return switch (op) {
            case ADD -> AddNodeGen.getUncached();
            case SUB -> SubNodeGen.getUncached();
            case MUL -> MulNodeGen.getUncached();
            case MATMUL -> MatMulNodeGen.getUncached();
            case TRUEDIV -> TrueDivNodeGen.getUncached();
            case FLOORDIV -> FloorDivNodeGen.getUncached();
            case MOD -> ModNodeGen.getUncached();
            case POW -> PowNodeGen.getUncached();
            case LSHIFT -> LShiftNodeGen.getUncached();
            case RSHIFT -> RShiftNodeGen.getUncached();
            case AND -> BitAndNodeGen.getUncached();
            case OR -> BitOrNodeGen.getUncached();
            case XOR -> BitXorNodeGen.getUncached();
            default -> InplaceNodes.getUncached(op);
        };
    }
}
