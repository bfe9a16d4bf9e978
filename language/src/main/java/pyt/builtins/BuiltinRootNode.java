package pyt.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;

import pyt.PytLanguage;
import pyt.runtime.PArguments;
import pyt.runtime.PyBoxedValue;

/**
 * The root of a builtin's call target: passes the bound frame arguments to the builtin's node.
 * A method of int, float or str called on an instance of a Python subclass receives the builtin
 * value as {@code self} ({@link PyBoxedValue}), so that the methods need to know only the values.
 */
public final class BuiltinRootNode extends RootNode {
    private final String name;
    private final int parameterCount;
    private final boolean unboxSelf;
    @Child private PytBuiltinNode body;

    public BuiltinRootNode(PytLanguage language, String name, int parameterCount, boolean unboxSelf, PytBuiltinNode body) {
        super(language);
        this.name = name;
        this.parameterCount = parameterCount;
        this.unboxSelf = unboxSelf;
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
            return u.execute(frame, self(a[p]));
        } else if (b instanceof PytBuiltinNode.Binary u) {
            return u.execute(frame, self(a[p]), a[p + 1]);
        } else if (b instanceof PytBuiltinNode.Ternary u) {
            return u.execute(frame, self(a[p]), a[p + 1], a[p + 2]);
        } else if (b instanceof PytBuiltinNode.Quaternary u) {
            return u.execute(frame, self(a[p]), a[p + 1], a[p + 2], a[p + 3]);
        }
        return ((PytBuiltinNode.Varargs) b).execute(frame, parameters(a));
    }

    private Object self(Object first) {
        return unboxSelf && first instanceof PyBoxedValue boxed ? boxed.value() : first;
    }

    @ExplodeLoop
    private Object[] parameters(Object[] a) {
        Object[] result = new Object[parameterCount];
        for (int i = 0; i < parameterCount; i++) {
            result[i] = a[PArguments.FIRST_PARAMETER + i];
        }
        if (parameterCount > 0) {
            result[0] = self(result[0]);
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
