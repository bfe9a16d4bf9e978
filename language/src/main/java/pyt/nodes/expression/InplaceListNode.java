package pyt.nodes.expression;

import com.oracle.truffle.api.profiles.ConditionProfile;

import pyt.runtime.PyList;
import pyt.runtime.SubclassableValue;

/**
 * {@code list += iterable} and {@code list *= n} change the list itself (what CPython's
 * {@code list.__iadd__} and {@code __imul__} do); other operands go to the in-place twin.
 */
final class InplaceListNode extends BinaryOpNode {
    private final BinaryOp op;
    @Child private BinaryOpNode twin;
    private final ConditionProfile isList = ConditionProfile.create();

    InplaceListNode(BinaryOp op, BinaryOpNode twin) {
        this.op = op;
        this.twin = twin;
    }

    @Override
    protected BinaryOp op() {
        return op;
    }

    @Override
    public Object execute(Object left, Object right) {
        if (isList.profile(left instanceof PyList l && SubclassableValue.isExact(l))) {
            PyList list = (PyList) left;
            if (op == BinaryOp.IADD) {
                return SequenceOps.extend(list, right);
            }
            return SequenceOps.repeatInPlace(this, list, SequenceOps.count(this, right));
        }
        return twin.execute(left, right);
    }
}
