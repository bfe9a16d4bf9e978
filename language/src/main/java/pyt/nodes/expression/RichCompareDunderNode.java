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

import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.call.CallDispatchNodeGen;
import pyt.nodes.lib.PyObjectIsTrueNode;
import pyt.nodes.lib.PyObjectIsTrueNodeGen;
import pyt.runtime.PyType;

/**
 * The special-method protocol of the comparisons (CPython's {@code do_richcompare}): the
 * reflected method of the right operand first if its class is a proper subclass of the left's,
 * then {@code __lt__} on the left, then {@code __gt__} on the right; {@code NotImplemented}
 * means "try the other". When all decline, {@code ==} and {@code !=} fall back to identity and
 * the orderings raise CPython's TypeError. A class without {@code __ne__} answers {@code !=}
 * with its negated {@code __eq__}, as {@code object.__ne__} does.
 */
@GenerateUncached
@GenerateInline(false)
@ImportStatic(Dunders.class)
public abstract class RichCompareDunderNode extends Node {

    public abstract Object execute(Object left, Object right, CompareOp op);

    @Specialization(guards = {"op == cachedOp", "typeOf(node, left) == leftType", "typeOf(node, right) == rightType"},
                    assumptions = {"leftStable", "rightStable"}, limit = "CACHE_LIMIT")
    static Object doCached(Object left, Object right, @SuppressWarnings("unused") CompareOp op,
                    @Bind Node node,
                    @Cached("op") @SuppressWarnings("unused") CompareOp cachedOp,
                    @Cached("typeOf(node, left)") @SuppressWarnings("unused") PyType leftType,
                    @Cached("typeOf(node, right)") @SuppressWarnings("unused") PyType rightType,
                    @Cached("leftType.getStableAssumption()") @SuppressWarnings("unused") Assumption leftStable,
                    @Cached("rightType.getStableAssumption()") @SuppressWarnings("unused") Assumption rightStable,
                    @Cached("plan(leftType, rightType, cachedOp)") Plan plan,
                    @Cached CallDispatchNode leftCall,
                    @Cached CallDispatchNode rightCall,
                    @Cached PyObjectIsTrueNode isTrue) {
        return plan.run(node, left, right, leftCall, rightCall, isTrue);
    }

    @Specialization(replaces = "doCached")
    @TruffleBoundary
    static Object doGeneric(Object left, Object right, CompareOp op, @Bind Node node) {
        Plan plan = plan(Dunders.typeOf(node, left), Dunders.typeOf(node, right), op);
        CallDispatchNode call = CallDispatchNodeGen.getUncached();
        return plan.run(node, left, right, call, call, PyObjectIsTrueNodeGen.getUncached());
    }

    /** What to call, in order, for one operator and one pair of classes. */
    static final class Plan {
        final CompareOp op;
        final Object leftMethod;
        final boolean leftNegates;
        final Object rightMethod;
        final boolean rightNegates;
        final boolean rightFirst;

        Plan(CompareOp op, Object leftMethod, boolean leftNegates, Object rightMethod, boolean rightNegates, boolean rightFirst) {
            this.op = op;
            this.leftMethod = leftMethod;
            this.leftNegates = leftNegates;
            this.rightMethod = rightMethod;
            this.rightNegates = rightNegates;
            this.rightFirst = rightFirst;
        }

        Object run(Node node, Object left, Object right, CallDispatchNode leftCall, CallDispatchNode rightCall, PyObjectIsTrueNode isTrue) {
            Object r;
            if (rightFirst) {
                r = invoke(rightCall, rightMethod, rightNegates, right, left, isTrue);
                if (r != Dunders.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            if (leftMethod != null) {
                r = invoke(leftCall, leftMethod, leftNegates, left, right, isTrue);
                if (r != Dunders.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            if (rightMethod != null && !rightFirst) {
                r = invoke(rightCall, rightMethod, rightNegates, right, left, isTrue);
                if (r != Dunders.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            if (op == CompareOp.EQ) {
                return Comparisons.isIdentical(left, right);
            } else if (op == CompareOp.NE) {
                return !Comparisons.isIdentical(left, right);
            }
            throw OperatorErrors.notSupportedBetween(node, op.symbol, left, right);
        }

        private static Object invoke(CallDispatchNode call, Object method, boolean negates, Object self, Object other, PyObjectIsTrueNode isTrue) {
            Object r = Dunders.call2(call, method, self, other);
            if (negates && r != Dunders.NOT_IMPLEMENTED) {
                return !isTrue.execute(r);
            }
            return r;
        }
    }

    @TruffleBoundary
    static Plan plan(PyType leftType, PyType rightType, CompareOp op) {
        Object leftMethod = leftType.lookup(op.method);
        boolean leftNegates = false;
        if (leftMethod == null && op == CompareOp.NE) {
            leftMethod = leftType.lookup(CompareOp.EQ.method);
            leftNegates = leftMethod != null;
        }
        CompareOp swapped = op.swapped();
        Object rightMethod = rightType.lookup(swapped.method);
        boolean rightNegates = false;
        if (rightMethod == null && swapped == CompareOp.NE) {
            rightMethod = rightType.lookup(CompareOp.EQ.method);
            rightNegates = rightMethod != null;
        }
        boolean rightFirst = rightMethod != null && rightType != leftType && rightType.isSubtypeOf(leftType);
        return new Plan(op, leftMethod, leftNegates, rightMethod, rightNegates, rightFirst);
    }
}
