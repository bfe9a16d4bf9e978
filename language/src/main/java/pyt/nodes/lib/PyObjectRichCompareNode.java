package pyt.nodes.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pyt.nodes.expression.Comparisons;
import pyt.nodes.expression.EqNode;
import pyt.nodes.expression.EqNodeGen;
import pyt.nodes.expression.LtNodeGen;

/**
 * CPython's {@code PyObject_RichCompareBool(a, b, Py_EQ)}: identical objects are equal without
 * asking {@code __eq__} (so a NaN in a list finds itself), else the {@code ==} operator's truth.
 * The comparison operators themselves are the nodes of {@code pyt.nodes.expression}.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class PyObjectRichCompareNode extends Node {

    public abstract boolean executeEq(Object a, Object b);

    @Specialization
    static boolean doEq(Object a, Object b, @Cached EqNode eq, @Cached PyObjectIsTrueNode isTrue) {
        return Comparisons.isIdentical(a, b) || isTrue.execute(eq.execute(a, b));
    }

    /** {@code a == b} for containers and hashing on slow paths. */
    @TruffleBoundary
    public static boolean eqUncached(Object a, Object b) {
        return Comparisons.isIdentical(a, b) || PyObjectIsTrueNode.isTrueUncached(EqNodeGen.getUncached().execute(a, b));
    }

    /** {@code a < b} as a Java boolean, for sorting and {@code min}/{@code max} on slow paths. */
    @TruffleBoundary
    public static boolean lessThanUncached(Object a, Object b) {
        return PyObjectIsTrueNode.isTrueUncached(LtNodeGen.getUncached().execute(a, b));
    }
}
