package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pyt.nodes.lib.PyObjectReprNode;
import pyt.runtime.BuiltinTypes;
import pyt.runtime.IteratorKind;
import pyt.runtime.PyDict;
import pyt.runtime.PyIterator;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.PyValue;

/**
 * {@code dict.keys()}, {@code values()} and {@code items()}: live views of a dict. Their
 * classes {@code dict_keys} and friends are subclasses of {@code iterator}, whose methods in
 * {@link IteratorBuiltins} treat views specially ({@code __iter__}, {@code __contains__},
 * {@code __repr__}, {@code __bool__}).
 */
public final class DictViews {
    private DictViews() {
    }

    public enum Kind {
        KEYS(IteratorKind.KEYS_VIEW), VALUES(IteratorKind.VALUES_VIEW), ITEMS(IteratorKind.ITEMS_VIEW);

        final IteratorKind type;

        Kind(IteratorKind type) {
            this.type = type;
        }
    }

    public static final class View extends pyt.interop.InteropObject implements PyValue {
        private final PyDict dict;
        private final Kind kind;

        View(PyDict dict, Kind kind) {
            this.dict = dict;
            this.kind = kind;
        }

        public PyDict dict() {
            return dict;
        }

        public Kind kind() {
            return kind;
        }

        public String typeName() {
            return kind.type.typeName();
        }

        @Override
        public PyType getPyType(BuiltinTypes types) {
            return types.iteratorType(kind.type);
        }

        @TruffleBoundary
        public PyIterator iterator() {
            return switch (kind) {
                case KEYS -> dict.keyIterator();
                case VALUES -> dict.valueIterator();
                case ITEMS -> dict.itemIterator();
            };
        }

        @TruffleBoundary
        public Object[] toArray() {
            return switch (kind) {
                case KEYS -> dict.keys();
                case VALUES -> dict.values();
                case ITEMS -> {
                    Object[] result = new Object[dict.size()];
                    int i = 0;
                    for (Object[] e : dict.entries()) {
                        result[i++] = PyTuple.of(e[0], e[1]);
                    }
                    yield result;
                }
            };
        }

        @TruffleBoundary
        public boolean contains(Object item) {
            switch (kind) {
                case KEYS:
                    return dict.containsKey(item);
                case ITEMS:
                    if (!(item instanceof PyTuple t) || t.size() != 2) {
                        return false;
                    }
                    Object v = dict.get(t.get(0));
                    return v != null && BuiltinHelpers.itemEquals(v, t.get(1));
                default:
                    for (Object value : dict.values()) {
                        if (BuiltinHelpers.itemEquals(value, item)) {
                            return true;
                        }
                    }
                    return false;
            }
        }

        @TruffleBoundary
        public String repr() {
            StringBuilder sb = new StringBuilder(typeName()).append("([");
            Object[] items = toArray();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(PyObjectReprNode.reprUncached(items[i]));
            }
            return sb.append("])").toString();
        }
    }
}
