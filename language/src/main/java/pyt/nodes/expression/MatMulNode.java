package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a @ b}: no builtin type implements it, so only the special methods. */
@GenerateUncached
public abstract class MatMulNode extends BinaryOpNode {

    @Override
    protected BinaryOp op() {
        return BinaryOp.MATMUL;
    }

    @Specialization
    Object doGeneric(Object a, Object b, @Cached BinaryDunderNode dunder) {
        return dunder.execute(a, b, op());
    }
}
