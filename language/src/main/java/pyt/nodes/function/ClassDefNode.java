package pyt.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.nodes.ExprNode;
import pyt.nodes.access.ClassNamespace;
import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.call.CallDispatchNodeGen;
import pyt.nodes.lib.Iteration;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.runtime.ClassFactory;
import pyt.runtime.PArguments;
import pyt.runtime.PyDict;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/**
 * A {@code class} statement: evaluates the bases and keywords, decides the metaclass, asks its
 * {@code __prepare__} for the namespace, runs the class body as a function filling it, then
 * calls the metaclass with {@code (name, bases, namespace, **keywords)}.
 */
public final class ClassDefNode extends ExprNode {
    private final String name;
    private final String qualname;
    @Child private ExprNode body;
    @Children private final ExprNode[] bases;
    private final boolean[] starredBases;
    private final String[] keywordNames;
    @Children private final ExprNode[] keywordValues;
    @Child private CallDispatchNode callBody = CallDispatchNodeGen.create();

    public ClassDefNode(String name, String qualname, ExprNode body, ExprNode[] bases, boolean[] starredBases, String[] keywordNames,
                    ExprNode[] keywordValues) {
        this.name = name;
        this.qualname = qualname;
        this.body = body;
        this.bases = bases;
        this.starredBases = starredBases;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object bodyFunction = body.executeGeneric(frame);
        Object[] baseValues = new Object[bases.length];
        for (int i = 0; i < bases.length; i++) {
            baseValues[i] = bases[i].executeGeneric(frame);
        }
        Object[] kwValues = new Object[keywordValues.length];
        for (int i = 0; i < kwValues.length; i++) {
            kwValues[i] = keywordValues[i].executeGeneric(frame);
        }
        ClassHeader header = header(baseValues, kwValues);
        Object namespace = prepare(header, PArguments.getGlobals(frame).get("__name__"));
        callBody.execute(bodyFunction, new Object[]{namespace}, null, null);
        return makeClass(header, namespace);
    }

    /** The evaluated parts of a class statement's header. */
    private record ClassHeader(PyTuple bases, Object metaclass, String[] keywordNames, Object[] keywordValues) {
    }

    @TruffleBoundary
    private Object prepare(ClassHeader header, Object moduleName) {
        Object namespace;
        Object prepare = header.metaclass instanceof PyType meta ? PyObjectGetAttrNode.lookupUncached(meta, "__prepare__") : null;
        if (prepare == null) {
            namespace = new PyDict();
        } else {
            namespace = CallDispatchNodeGen.getUncached().execute(prepare, new Object[]{PyStrings.of(name), header.bases},
                            header.keywordNames, header.keywordValues);
        }
        ClassNamespace.set(namespace, "__module__", moduleName != null ? moduleName : PyStrings.of("__main__"));
        ClassNamespace.set(namespace, "__qualname__", PyStrings.of(qualname));
        return namespace;
    }

    @TruffleBoundary
    private ClassHeader header(Object[] baseValues, Object[] kwValues) {
        java.util.List<Object> basesList = new java.util.ArrayList<>();
        for (int i = 0; i < baseValues.length; i++) {
            if (starredBases[i]) {
                java.util.Collections.addAll(basesList, Iteration.toArray(baseValues[i]));
            } else {
                basesList.add(baseValues[i]);
            }
        }
        PyTuple basesTuple = PyTuple.of(basesList.toArray());
        Object explicitMeta = null;
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.List<Object> values = new java.util.ArrayList<>();
        for (int i = 0; i < keywordNames.length; i++) {
            if ("metaclass".equals(keywordNames[i])) {
                explicitMeta = kwValues[i];
            } else {
                names.add(keywordNames[i]);
                values.add(kwValues[i]);
            }
        }
        Object meta = explicitMeta != null && !(explicitMeta instanceof PyType) ? explicitMeta : ClassFactory.selectMetaclass(explicitMeta, basesTuple);
        return new ClassHeader(basesTuple, meta, names.isEmpty() ? null : names.toArray(new String[0]), values.toArray());
    }

    @TruffleBoundary
    private Object makeClass(ClassHeader header, Object namespace) {
        Object[] args = {PyStrings.of(name), header.bases, namespace};
        return CallDispatchNodeGen.getUncached().execute(header.metaclass, args, header.keywordNames, header.keywordValues);
    }
}
