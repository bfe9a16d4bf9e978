package pyt.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;

import pyt.PytLanguage;
import pyt.runtime.PArguments;

/** The root of a builtin's call target: passes the bound frame arguments to the builtin's node. */
public final class BuiltinRootNode extends RootNode {
    private final String name;
    private final int parameterCount;
    @Child private PytBuiltinNode body;

    public BuiltinRootNode(PytLanguage language, String name, int parameterCount, PytBuiltinNode body) {
        super(language);
        this.name = name;
        this.parameterCount = parameterCount;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            return executeBody(frame);
        } catch (pyt.runtime.numbers.NumericError | pyt.runtime.text.TextError e) {
            // A library error a builtin did not convert itself.
            throw BuiltinHelpers.raise(body, e);
        }
    }

    private Object executeBody(VirtualFrame frame) {
        Object[] a = frame.getArguments();
        int p = PArguments.FIRST_PARAMETER;
        PytBuiltinNode b = body;
        if (b instanceof PytBuiltinNode.Unary u) {
            return u.execute(frame, a[p]);
        } else if (b instanceof PytBuiltinNode.Binary u) {
            return u.execute(frame, a[p], a[p + 1]);
        } else if (b instanceof PytBuiltinNode.Ternary u) {
            return u.execute(frame, a[p], a[p + 1], a[p + 2]);
        } else if (b instanceof PytBuiltinNode.Quaternary u) {
            return u.execute(frame, a[p], a[p + 1], a[p + 2], a[p + 3]);
        }
        return ((PytBuiltinNode.Varargs) b).execute(frame, parameters(a));
    }

    @ExplodeLoop
    private Object[] parameters(Object[] a) {
        Object[] result = new Object[parameterCount];
        for (int i = 0; i < parameterCount; i++) {
            result[i] = a[PArguments.FIRST_PARAMETER + i];
        }
        return result;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }
}
