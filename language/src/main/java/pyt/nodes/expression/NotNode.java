package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.nodes.lib.PyObjectIsTrueNode;

/** {@code not x}: the negated truth value. */
@GenerateUncached
public abstract class NotNode extends UnaryOpNode {

    @Specialization
    static boolean doBoolean(boolean a) {
        return !a;
    }

    @Specialization
    static boolean doGeneric(Object a, @Cached PyObjectIsTrueNode isTrue) {
        return !isTrue.execute(a);
    }
}
