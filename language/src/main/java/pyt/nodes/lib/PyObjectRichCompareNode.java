package pyt.nodes.lib;

/** Placeholder until the comparison nodes land. */
public final class PyObjectRichCompareNode {
    private PyObjectRichCompareNode() {
    }

    public static boolean eqUncached(Object a, Object b) {
        return a.equals(b);
    }
}
