package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pyt.nodes.call.CallDispatchNode;

/** {@code -x}, {@code +x}, {@code ~x} through {@code __neg__}, {@code __pos__}, {@code __invert__}. */
@GenerateUncached
@GenerateInline(false)
public abstract class UnaryDunderNode extends Node {

    /** The unary operators with their symbol in errors and their special method. */
    public enum Op {
        NEG("-", "__neg__"),
        POS("+", "__pos__"),
        INVERT("~", "__invert__");

        final String symbol;
        final String method;

        Op(String symbol, String method) {
            this.symbol = symbol;
            this.method = method;
        }
    }

    public abstract Object execute(Object operand, Op op);

    @Specialization
    static Object doIt(Object operand, Op op,
                    @Bind Node node,
                    @Cached LookupSpecialMethodNode lookup,
                    @Cached CallDispatchNode call) {
        Object method = lookup.execute(Dunders.typeOf(node, operand), op.method);
        if (method == null) {
            throw OperatorErrors.badUnary(node, op.symbol, operand);
        }
        return Dunders.call1(call, method, operand);
    }
}
