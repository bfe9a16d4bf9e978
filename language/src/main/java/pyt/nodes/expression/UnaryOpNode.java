package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import pyt.nodes.PytTypes;
import pyt.parser.ast.Expr;

/** A unary operator applied to a value: {@link NegNode}, {@link PosNode}, {@link InvertNode}, {@link NotNode}. */
@TypeSystemReference(PytTypes.class)
@GenerateInline(value = false, inherit = true)
public abstract class UnaryOpNode extends Node {

    public abstract Object execute(Object operand);

    public static UnaryOpNode create(Expr.UnaryOpKind kind) {
        return switch (kind) {
            case USUB -> NegNodeGen.create();
            case UADD -> PosNodeGen.create();
            case INVERT -> InvertNodeGen.create();
            case NOT -> NotNodeGen.create();
        };
    }

    public static UnaryOpNode getUncached(Expr.UnaryOpKind kind) {
        return switch (kind) {
            case USUB -> NegNodeGen.getUncached();
            case UADD -> PosNodeGen.getUncached();
            case INVERT -> InvertNodeGen.getUncached();
            case NOT -> NotNodeGen.getUncached();
        };
    }
}
