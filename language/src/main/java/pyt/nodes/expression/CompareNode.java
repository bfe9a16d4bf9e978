package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import pyt.nodes.PytTypes;
import pyt.parser.ast.Expr;

/**
 * One comparison operator applied to two values: {@link EqNode}, {@link NeNode}, {@link LtNode},
 * {@link LeNode}, {@link GtNode}, {@link GeNode}, {@link InNode}, {@link NotInNode},
 * {@link IsNode}, {@link IsNotNode}. The result is any Python value (a user's {@code __lt__}
 * may return anything); callers test its truth.
 */
@TypeSystemReference(PytTypes.class)
@GenerateInline(value = false, inherit = true)
public abstract class CompareNode extends Node {

    public abstract Object execute(Object left, Object right);

    public static CompareNode create(Expr.CmpOpKind kind) {
        return switch (kind) {
            case EQ -> EqNodeGen.create();
            case NOTEQ -> NeNodeGen.create();
            case LT -> LtNodeGen.create();
            case LTE -> LeNodeGen.create();
            case GT -> GtNodeGen.create();
            case GTE -> GeNodeGen.create();
            case IN -> InNodeGen.create();
            case NOTIN -> NotInNodeGen.create();
            case IS -> IsNodeGen.create();
            case ISNOT -> IsNotNodeGen.create();
        };
    }

    public static CompareNode getUncached(Expr.CmpOpKind kind) {
        return switch (kind) {
            case EQ -> EqNodeGen.getUncached();
            case NOTEQ -> NeNodeGen.getUncached();
            case LT -> LtNodeGen.getUncached();
            case LTE -> LeNodeGen.getUncached();
            case GT -> GtNodeGen.getUncached();
            case GTE -> GeNodeGen.getUncached();
            case IN -> InNodeGen.getUncached();
            case NOTIN -> NotInNodeGen.getUncached();
            case IS -> IsNodeGen.getUncached();
            case ISNOT -> IsNotNodeGen.getUncached();
        };
    }
}
