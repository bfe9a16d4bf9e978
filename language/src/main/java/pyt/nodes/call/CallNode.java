package pyt.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.nodes.ExprNode;
import pyt.nodes.lib.Iteration;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyStrings;

/**
 * A call expression {@code f(a, *b, k=v, **m)}: evaluates the callee and arguments in order and
 * hands them to the {@link CallDispatchNode}.
 */
public abstract class CallNode extends ExprNode {
    @Child protected ExprNode callee;
    @Child private CallDispatchNode dispatch = CallDispatchNodeGen.create();

    protected CallNode(ExprNode callee) {
        this.callee = callee;
    }

    public static CallNode create(ExprNode callee, ExprNode[] args, boolean[] starred, String[] kwNames, ExprNode[] kwValues) {
        boolean simple = kwNames.length == 0;
        for (boolean s : starred) {
            simple &= !s;
        }
        return simple ? new Positional(callee, args) : new General(callee, args, starred, kwNames, kwValues);
    }

    protected final Object dispatch(Object f, Object[] positional, String[] kwNames, Object[] kwValues) {
        return dispatch.execute(f, positional, kwNames, kwValues);
    }

    /** Only positional arguments, none starred: the fast, common case. */
    static final class Positional extends CallNode {
        @Children private final ExprNode[] args;

        Positional(ExprNode callee, ExprNode[] args) {
            super(callee);
            this.args = args;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            Object f = callee.executeGeneric(frame);
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].executeGeneric(frame);
            }
            return dispatch(f, values, null, null);
        }
    }

    /** Starred arguments, keywords or {@code **} mappings. */
    static final class General extends CallNode {
        @Children private final ExprNode[] args;
        private final boolean[] starred;
        /** A null name marks a {@code **mapping}. */
        private final String[] kwNames;
        @Children private final ExprNode[] kwValues;

        General(ExprNode callee, ExprNode[] args, boolean[] starred, String[] kwNames, ExprNode[] kwValues) {
            super(callee);
            this.args = args;
            this.starred = starred;
            this.kwNames = kwNames;
            this.kwValues = kwValues;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            Object f = callee.executeGeneric(frame);
            Object[] evaluated = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                evaluated[i] = args[i].executeGeneric(frame);
            }
            Object[] kwEvaluated = new Object[kwValues.length];
            for (int i = 0; i < kwValues.length; i++) {
                kwEvaluated[i] = kwValues[i].executeGeneric(frame);
            }
            return callGeneral(f, evaluated, kwEvaluated);
        }

        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        private Object callGeneral(Object f, Object[] evaluated, Object[] kwEvaluated) {
            java.util.ArrayList<Object> positional = new java.util.ArrayList<>();
            for (int i = 0; i < evaluated.length; i++) {
                if (starred[i]) {
                    java.util.Collections.addAll(positional, Iteration.toArray(evaluated[i]));
                } else {
                    positional.add(evaluated[i]);
                }
            }
            java.util.ArrayList<String> names = new java.util.ArrayList<>();
            java.util.ArrayList<Object> values = new java.util.ArrayList<>();
            for (int i = 0; i < kwNames.length; i++) {
                if (kwNames[i] != null) {
                    addKeyword(f, names, values, kwNames[i], kwEvaluated[i]);
                } else if (kwEvaluated[i] instanceof PyDict d) {
                    for (Object[] e : d.entries()) {
                        if (!(e[0] instanceof com.oracle.truffle.api.strings.TruffleString s)) {
                            throw PyErrors.typeError(this, "keywords must be strings");
                        }
                        addKeyword(f, names, values, PyStrings.toJava(s), e[1]);
                    }
                } else {
                    throw PyErrors.typeError(this, "argument after ** must be a mapping, not %s", PyErrors.typeName(kwEvaluated[i]));
                }
            }
            return dispatch(f, positional.toArray(), names.isEmpty() ? null : names.toArray(new String[0]), values.toArray());
        }

        private void addKeyword(Object f, java.util.List<String> names, java.util.List<Object> values, String name, Object value) {
            if (names.contains(name)) {
                throw PyErrors.typeError(this, "%s() got multiple values for keyword argument '%s'", calleeName(f), name);
            }
            names.add(name);
            values.add(value);
        }

        private static String calleeName(Object f) {
            if (f instanceof pyt.runtime.PyFunction fn) {
                return fn.getQualname();
            } else if (f instanceof pyt.runtime.PyCallable c) {
                return c.getName();
            }
            return PyErrors.typeName(f) + " object";
        }
    }
}
