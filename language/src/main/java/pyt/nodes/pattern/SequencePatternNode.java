package pyt.nodes.pattern;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.runtime.PyDict;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.runtime.PyTuple;

/**
 * {@code [p0, p1, *rest, p2]} and {@code (p0, p1)}: the subject must be a sequence (list, tuple,
 * range or a registered sequence; never str, bytes or a mapping) of a fitting length. As in
 * CPython, a pattern whose star is {@code *_} reads only the items it tests, by index; any
 * other is unpacked whole first. Lists and tuples are read directly, other sequences through
 * len(), iteration and indexing.
 */
public final class SequencePatternNode extends PatternNode {
    /** One per position; null at the star and for wildcards. */
    @Children private final PatternNode[] patterns;
    private final int star;
    private final int starSlot;
    private final boolean onlyWildcards;
    private final boolean byIndex;

    /**
     * {@code star} is the position of the star or -1; {@code starSlot} the capture slot of
     * {@code *name}, -1 for {@code *_}.
     */
    public SequencePatternNode(PatternNode[] patterns, int star, int starSlot) {
        this.patterns = patterns;
        this.star = star;
        this.starSlot = starSlot;
        boolean wildcards = star < 0 || starSlot < 0;
        for (PatternNode p : patterns) {
            wildcards &= p == null;
        }
        this.onlyWildcards = wildcards;
        this.byIndex = star >= 0 && starSlot < 0 && !wildcards;
    }

    @Override
    @ExplodeLoop
    public boolean match(VirtualFrame frame, Object subject) {
        if (!isSequence(subject)) {
            return false;
        }
        int n = patterns.length;
        if (star < 0) {
            if (length(subject) != n) {
                return false;
            }
        } else if (n > 1 && length(subject) < n - 1) {
            return false;
        }
        if (onlyWildcards) {
            return true;
        }
        if (byIndex) {
            for (int i = 0; i < n; i++) {
                if (patterns[i] != null) {
                    long index = i < star ? i : length(subject) - (n - i);
                    if (!patterns[i].match(frame, item(subject, index))) {
                        return false;
                    }
                }
            }
            return true;
        }
        Object[] values = unpack(subject);
        for (int i = 0; i < n; i++) {
            if (i == star) {
                frame.setObject(starSlot, values[i]);
            } else if (patterns[i] != null && !patterns[i].match(frame, values[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSequence(Object subject) {
        if (subject instanceof PyList || subject instanceof PyTuple) {
            return true;
        } else if (subject instanceof Long || subject instanceof TruffleString || subject instanceof PyDict || subject instanceof PyNone
                        || subject instanceof Double || subject instanceof Boolean) {
            return false;
        }
        return MatchProtocol.collectionFlags(subject) == MatchProtocol.SEQUENCE;
    }

    private static long length(Object subject) {
        if (subject instanceof PyList list) {
            return list.size();
        } else if (subject instanceof PyTuple tuple) {
            return tuple.size();
        }
        return MatchProtocol.length(subject);
    }

    private Object item(Object subject, long index) {
        if (subject instanceof PyTuple tuple) {
            return tuple.get((int) index);
        } else if (subject instanceof PyList list) {
            if (index < 0 || index >= list.size()) {
                // only if a subpattern's __eq__ shrank the list meanwhile
                throw PyErrors.raise(this, PyErr.IndexError, "list index out of range");
            }
            return list.get((int) index);
        }
        return MatchProtocol.item(subject, index);
    }

    @ExplodeLoop
    private Object[] unpack(Object subject) {
        Object[] items;
        int size;
        if (subject instanceof PyList list) {
            items = list.rawItems();
            size = list.size();
        } else if (subject instanceof PyTuple tuple) {
            items = tuple.items();
            size = tuple.size();
        } else {
            return MatchProtocol.unpack(this, subject, patterns.length, star);
        }
        int n = patterns.length;
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            if (star < 0 || i < star) {
                values[i] = items[i];
            } else if (i == star) {
                values[i] = new PyList(java.util.Arrays.copyOfRange(items, star, size - (n - 1 - star)));
            } else {
                values[i] = items[size - (n - i)];
            }
        }
        return values;
    }
}
