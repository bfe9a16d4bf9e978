package pyt.builtins;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.nodes.lib.PyObjectIsTrueNode;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;

/** {@code bool(x=False, /)}: {@code bool.__new__}. */
@BuiltinClass(name = "bool")
public final class BoolConstructor {
    private BoolConstructor() {
    }

    @Builtin(name = "__new__", signature = "(cls, x=_, /)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Binary {
        @Specialization
        boolean create(Object cls, Object x, @Cached PyObjectIsTrueNode isTrue) {
            if (cls != BuiltinHelpers.types().bool) {
                throw PyErrors.typeError(null, "bool.__new__(X): X is not bool");
            }
            return x != PyNone.NO_VALUE && isTrue.execute(x);
        }
    }
}
