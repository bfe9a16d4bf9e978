package pyt.nodes.pattern;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.expression.CompareNode;
import pyt.nodes.lib.PyObjectIsTrueNode;
import pyt.nodes.lib.PyObjectIsTrueNodeGen;
import pyt.parser.ast.Expr;

/** A literal or dotted-name pattern: {@code subject == value}, tested for truth. The value is evaluated on each try. */
public final class ValuePatternNode extends PatternNode {
    @Child private ExprNode value;
    @Child private CompareNode eq = CompareNode.create(Expr.CmpOpKind.EQ);
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();

    public ValuePatternNode(ExprNode value) {
        this.value = value;
    }

    @Override
    public boolean match(VirtualFrame frame, Object subject) {
        return isTrue.execute(eq.execute(subject, value.executeGeneric(frame)));
    }
}
