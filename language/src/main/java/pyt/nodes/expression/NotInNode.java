package pyt.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code item not in container}: the negation of {@link InNode}. */
@GenerateUncached
public abstract class NotInNode extends CompareNode {

    @Specialization
    static boolean doIt(Object item, Object container, @Cached InNode in) {
        return !(boolean) in.execute(item, container);
    }
}
