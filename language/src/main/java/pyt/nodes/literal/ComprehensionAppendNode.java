package pyt.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;
import pyt.runtime.PyDict;
import pyt.runtime.PyList;
import pyt.runtime.PySet;

/** Adds one element (or key/value pair) to the collection a comprehension is building in a frame slot. */
public final class ComprehensionAppendNode extends StmtNode {
    public enum Kind { LIST, SET, DICT }

    private final int slot;
    @Child private ExprNode element;
    @Child private ExprNode value;

    public ComprehensionAppendNode(int slot, ExprNode element, ExprNode value) {
        this.slot = slot;
        this.element = element;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result = frame.getObject(slot);
        Object e = element.executeGeneric(frame);
        if (result instanceof PyList l) {
            l.add(e);
        } else if (result instanceof PySet s) {
            s.add(e);
        } else {
            ((PyDict) result).put(e, value.executeGeneric(frame));
        }
    }

    /** Creates the empty result collection. */
    public static final class Init extends StmtNode {
        private final int slot;
        private final Kind kind;

        public Init(int slot, Kind kind) {
            this.slot = slot;
            this.kind = kind;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setObject(slot, switch (kind) {
                case LIST -> new PyList();
                case SET -> new PySet(false);
                case DICT -> new PyDict();
            });
        }
    }

    /** Reads the finished collection. */
    public static final class Result extends ExprNode {
        private final int slot;

        public Result(int slot) {
            this.slot = slot;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return frame.getObject(slot);
        }
    }
}
