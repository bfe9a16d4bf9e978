package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.TypeSystemReference;

import pyt.nodes.PytTypes;

/**
 * The in-place twins of the operator nodes, for augmented assignment: the same
 * specializations, but the general path tries {@code __iadd__} first and errors name
 * {@code +=}. Lists are special-cased by {@link InplaceListNode}. {@code @TypeSystemReference}
 * is repeated only so that the DSL processor, which finds nodes by annotations, visits these
 * classes: all their specializations are inherited.
 */
public final class InplaceNodes {
    private InplaceNodes() {
    }

    static BinaryOpNode create(BinaryOp op) {
        return switch (op) {
            case IADD -> InplaceNodesFactory.IAddNodeGen.create();
            case ISUB -> InplaceNodesFactory.ISubNodeGen.create();
            case IMUL -> InplaceNodesFactory.IMulNodeGen.create();
            case IMATMUL -> InplaceNodesFactory.IMatMulNodeGen.create();
            case ITRUEDIV -> InplaceNodesFactory.ITrueDivNodeGen.create();
            case IFLOORDIV -> InplaceNodesFactory.IFloorDivNodeGen.create();
            case IMOD -> InplaceNodesFactory.IModNodeGen.create();
            case IPOW -> InplaceNodesFactory.IPowNodeGen.create();
            case ILSHIFT -> InplaceNodesFactory.ILShiftNodeGen.create();
            case IRSHIFT -> InplaceNodesFactory.IRShiftNodeGen.create();
            case IAND -> InplaceNodesFactory.IBitAndNodeGen.create();
            case IOR -> InplaceNodesFactory.IBitOrNodeGen.create();
            case IXOR -> InplaceNodesFactory.IBitXorNodeGen.create();
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    static BinaryOpNode getUncached(BinaryOp op) {
        return switch (op) {
            case IADD -> InplaceNodesFactory.IAddNodeGen.getUncached();
            case ISUB -> InplaceNodesFactory.ISubNodeGen.getUncached();
            case IMUL -> InplaceNodesFactory.IMulNodeGen.getUncached();
            case IMATMUL -> InplaceNodesFactory.IMatMulNodeGen.getUncached();
            case ITRUEDIV -> InplaceNodesFactory.ITrueDivNodeGen.getUncached();
            case IFLOORDIV -> InplaceNodesFactory.IFloorDivNodeGen.getUncached();
            case IMOD -> InplaceNodesFactory.IModNodeGen.getUncached();
            case IPOW -> InplaceNodesFactory.IPowNodeGen.getUncached();
            case ILSHIFT -> InplaceNodesFactory.ILShiftNodeGen.getUncached();
            case IRSHIFT -> InplaceNodesFactory.IRShiftNodeGen.getUncached();
            case IAND -> InplaceNodesFactory.IBitAndNodeGen.getUncached();
            case IOR -> InplaceNodesFactory.IBitOrNodeGen.getUncached();
            case IXOR -> InplaceNodesFactory.IBitXorNodeGen.getUncached();
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    @GenerateUncached
    @TypeSystemReference(PytTypes.class)
    abstract static class IAddNode extends AddNode {
        @Override
        protected BinaryOp op() {
            return BinaryOp.IADD;
        }
    }

    @GenerateUncached
    @TypeSystemReference(PytTypes.class)
    abstract static class ISubNode extends SubNode {
        @Override
        protected BinaryOp op() {
            return BinaryOp.ISUB;
        }
    }

    @GenerateUncached
    @TypeSystemReference(PytTypes.class)
    abstract static class IMulNode extends MulNode {
        @Override
        protected BinaryOp op() {
            return BinaryOp.IMUL;
        }
    }

    @GenerateUncached
    @TypeSystemReference(PytTypes.class)
    abstract static class IMatMulNode extends MatMulNode {
        @Override
        protected BinaryOp op() {
            return BinaryOp.IMATMUL;
        }
    }

    @GenerateUncached
    @TypeSystemReference(PytTypes.class)
    abstract static class ITrueDivNode extends TrueDivNode {
        @Override
        protected BinaryOp op() {
            return BinaryOp.ITRUEDIV;
        }
    }

    @GenerateUncached
    @TypeSystemReference(PytTypes.class)
    abstract static class IFloorDivNode extends FloorDivNode {
        @Override
        protected BinaryOp op() {
            return BinaryOp.IFLOORDIV;
        }
    }

    @GenerateUncached
    @TypeSystemReference(PytTypes.class)
    abstract static class IModNode extends ModNode {
        @Override
        protected BinaryOp op() {
            return BinaryOp.IMOD;
        }
    }

    @GenerateUncached
    @TypeSystemReference(PytTypes.class)
    abstract static class IPowNode extends PowNode {
        @Override
        protected BinaryOp op() {
            return BinaryOp.IPOW;
        }
    }

    @GenerateUncached
    @TypeSystemReference(PytTypes.class)
    abstract static class ILShiftNode extends LShiftNode {
        @Override
        protected BinaryOp op() {
            return BinaryOp.ILSHIFT;
        }
    }

    @GenerateUncached
    @TypeSystemReference(PytTypes.class)
    abstract static class IRShiftNode extends RShiftNode {
        @Override
        protected BinaryOp op() {
            return BinaryOp.IRSHIFT;
        }
    }

    @GenerateUncached
    @TypeSystemReference(PytTypes.class)
    abstract static class IBitAndNode extends BitAndNode {
        @Override
        protected BinaryOp op() {
            return BinaryOp.IAND;
        }
    }

    @GenerateUncached
    @TypeSystemReference(PytTypes.class)
    abstract static class IBitOrNode extends BitOrNode {
        @Override
        protected BinaryOp op() {
            return BinaryOp.IOR;
        }
    }

    @GenerateUncached
    @TypeSystemReference(PytTypes.class)
    abstract static class IBitXorNode extends BitXorNode {
        @Override
        protected BinaryOp op() {
            return BinaryOp.IXOR;
        }
    }
}
