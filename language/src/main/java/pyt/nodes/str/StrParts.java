package pyt.nodes.str;

import java.util.Arrays;

import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;

import pyt.runtime.PyList;

/**
 * The growing item array of the list a split returns; the list takes it over without a copy.
 * Also the loop-count reporting of these nodes: a builtin called a few times on a large text
 * (one {@code split} of a whole file) runs its loop many times, and reporting the iterations
 * lets Truffle compile it as soon as a loop in Python code would be.
 */
final class StrParts {
    private Object[] items = new Object[8];
    private int size;

    void add(Object item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = item;
    }

    PyList toList(Node node) {
        reportLoopCount(node, size);
        return new PyList(items, size);
    }

    static void reportLoopCount(Node node, long iterations) {
        LoopNode.reportLoopCount(node, (int) Math.min(Integer.MAX_VALUE, iterations));
    }
}
