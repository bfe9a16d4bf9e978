package pyt.nodes.expression;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pyt.PytLanguage;
import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.call.CallDispatchNodeGen;
import pyt.runtime.BuiltinTypes;
import pyt.runtime.PyType;

/**
 * The special-method protocol of the binary operators, shared by every operator node as its
 * general case (CPython's {@code binary_op1} and {@code binary_iop1}): {@code __iadd__} first
 * for augmented assignment; then {@code __add__} on the left operand's class and
 * {@code __radd__} on the right's, the right first when its class is a proper subclass of the
 * left's that overrides the reflected method; {@code NotImplemented} means "try the other";
 * then the sequence concatenation and repetition of str, list and tuple; else CPython's
 * TypeError. What to call is decided once per pair of classes and cached under their
 * stability assumptions.
 */
@GenerateUncached
@GenerateInline(false)
@ImportStatic(Dunders.class)
public abstract class BinaryDunderNode extends Node {

    public abstract Object execute(Object left, Object right, BinaryOp op);

    @Specialization(guards = {"op == cachedOp", "typeOf(node, left) == leftType", "typeOf(node, right) == rightType"},
                    assumptions = {"leftStable", "rightStable"}, limit = "CACHE_LIMIT")
    static Object doCached(Object left, Object right, @SuppressWarnings("unused") BinaryOp op,
                    @Bind Node node,
                    @Cached("op") @SuppressWarnings("unused") BinaryOp cachedOp,
                    @Cached("typeOf(node, left)") @SuppressWarnings("unused") PyType leftType,
                    @Cached("typeOf(node, right)") @SuppressWarnings("unused") PyType rightType,
                    @Cached("leftType.getStableAssumption()") @SuppressWarnings("unused") Assumption leftStable,
                    @Cached("rightType.getStableAssumption()") @SuppressWarnings("unused") Assumption rightStable,
                    @Cached("plan(node, leftType, rightType, cachedOp)") Plan plan,
                    @Cached CallDispatchNode inplaceCall,
                    @Cached CallDispatchNode leftCall,
                    @Cached CallDispatchNode rightCall) {
        return plan.run(node, left, right, inplaceCall, leftCall, rightCall);
    }

    @Specialization(replaces = "doCached")
    @TruffleBoundary
    static Object doGeneric(Object left, Object right, BinaryOp op, @Bind Node node) {
        Plan plan = plan(node, Dunders.typeOf(node, left), Dunders.typeOf(node, right), op);
        CallDispatchNode call = CallDispatchNodeGen.getUncached();
        return plan.run(node, left, right, call, call, call);
    }

    /** What to try, in order, for one operator and one pair of classes. */
    static final class Plan {
        static final int NO_FALLBACK = 0;
        static final int CONCAT = 1;
        static final int REPEAT_LEFT = 2;
        static final int REPEAT_RIGHT = 3;

        final BinaryOp op;
        final Object inplaceMethod;
        final Object leftMethod;
        final Object rightMethod;
        final boolean rightFirst;
        final int fallback;

        Plan(BinaryOp op, Object inplaceMethod, Object leftMethod, Object rightMethod, boolean rightFirst, int fallback) {
            this.op = op;
            this.inplaceMethod = inplaceMethod;
            this.leftMethod = leftMethod;
            this.rightMethod = rightMethod;
            this.rightFirst = rightFirst;
            this.fallback = fallback;
        }

        Object run(Node node, Object left, Object right, CallDispatchNode inplaceCall, CallDispatchNode leftCall, CallDispatchNode rightCall) {
            Object r;
            if (inplaceMethod != null) {
                r = Dunders.call2(inplaceCall, inplaceMethod, left, right);
                if (r != Dunders.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            if (rightFirst) {
                r = Dunders.call2(rightCall, rightMethod, right, left);
                if (r != Dunders.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            if (leftMethod != null) {
                r = Dunders.call2(leftCall, leftMethod, left, right);
                if (r != Dunders.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            if (rightMethod != null && !rightFirst) {
                r = Dunders.call2(rightCall, rightMethod, right, left);
                if (r != Dunders.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            return fallback(node, left, right);
        }

        @TruffleBoundary
        private Object fallback(Node node, Object left, Object right) {
            switch (fallback) {
                case CONCAT:
                    return SequenceOps.concatGeneric(node, left, right);
                case REPEAT_LEFT:
                    return SequenceOps.repeatGeneric(node, left, right);
                case REPEAT_RIGHT:
                    return SequenceOps.repeatGeneric(node, right, left);
                default:
                    throw OperatorErrors.unsupportedBinary(node, op, left, right);
            }
        }
    }

    @TruffleBoundary
    static Plan plan(Node node, PyType leftType, PyType rightType, BinaryOp op) {
        BuiltinTypes types = PytLanguage.get(node).types();
        Object inplace = op.isInplace() ? leftType.lookup(op.inplaceMethod) : null;
        Object leftMethod = leftType.lookup(op.method);
        Object rightMethod = rightType == leftType ? null : rightType.lookup(op.reflected);
        int fallback = Plan.NO_FALLBACK;
        // str, list and tuple implement + and * as sequence operations, which CPython tries
        // only after the numeric special methods of both operands declined
        boolean leftSequence = isSequenceType(types, leftType);
        boolean rightSequence = isSequenceType(types, rightType);
        if (op.binary == BinaryOp.ADD && leftSequence) {
            leftMethod = null;
            fallback = Plan.CONCAT;
        } else if (op.binary == BinaryOp.MUL && (leftSequence || rightSequence)) {
            if (leftSequence) {
                leftMethod = null;
            }
            if (rightSequence) {
                rightMethod = null;
            }
            fallback = leftSequence ? Plan.REPEAT_LEFT : Plan.REPEAT_RIGHT;
        }
        boolean rightFirst = rightMethod != null && rightType.isSubtypeOf(leftType)
                        && rightMethod != leftType.lookup(op.reflected);
        return new Plan(op, inplace, leftMethod, rightMethod, rightFirst, fallback);
    }

    private static boolean isSequenceType(BuiltinTypes types, PyType type) {
        return type == types.str || type == types.list || type == types.tuple;
    }
}
