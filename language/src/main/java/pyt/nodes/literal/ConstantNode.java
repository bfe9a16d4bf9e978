package pyt.nodes.literal;

import java.math.BigInteger;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.parser.ast.Expr;
import pyt.runtime.PyNone;
import pyt.runtime.PySingleton;
import pyt.runtime.PyStrings;

/** A literal value; ints and floats get typed variants so they are never boxed. */
public abstract class ConstantNode extends ExprNode {

    /** The node for a literal as the parser represents it (see {@link Expr.Constant}). */
    public static ExprNode create(Object value) {
        if (value instanceof Long l) {
            return new LongConstant(l);
        } else if (value instanceof Double d) {
            return new DoubleConstant(d);
        } else if (value instanceof Boolean b) {
            return new BooleanConstant(b);
        } else if (value instanceof String s) {
            return new ObjectConstant(PyStrings.of(s));
        } else if (value instanceof BigInteger b) {
            return new ObjectConstant(b);
        } else if (value == Expr.Singleton.NONE) {
            return new ObjectConstant(PyNone.NONE);
        } else if (value == Expr.Singleton.ELLIPSIS) {
            return new ObjectConstant(PySingleton.ELLIPSIS);
        } else if (value instanceof byte[] bytes) {
            return new ObjectConstant(new pyt.runtime.PyBytes(bytes));
        } else if (value instanceof Expr.Imaginary im) {
            return new ObjectConstant(new pyt.runtime.PyComplex(0.0, im.imag()));
        }
        throw new IllegalArgumentException("unknown constant " + value);
    }

    static final class LongConstant extends ConstantNode {
        private final long value;

        LongConstant(long value) {
            this.value = value;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return value;
        }
    }

    static final class DoubleConstant extends ConstantNode {
        private final double value;

        DoubleConstant(double value) {
            this.value = value;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return value;
        }
    }

    static final class BooleanConstant extends ConstantNode {
        private final boolean value;

        BooleanConstant(boolean value) {
            this.value = value;
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return value;
        }
    }

    static final class ObjectConstant extends ConstantNode {
        private final Object value;

        ObjectConstant(Object value) {
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return value;
        }
    }
}
