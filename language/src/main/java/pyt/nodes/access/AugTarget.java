package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.PytNode;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.nodes.lib.PyObjectGetAttrNodeGen;
import pyt.nodes.lib.PyObjectGetItemNode;
import pyt.nodes.lib.PyObjectSetAttrNode;
import pyt.nodes.lib.PyObjectSetAttrNodeGen;
import pyt.nodes.lib.PyObjectSetItemNode;

/**
 * The target of {@code x op= v}: evaluated once (the object and key of {@code a[i] += 1}),
 * read, then written back.
 */
public abstract class AugTarget extends PytNode {

    /** Evaluates the target's parts and returns them for {@link #read} and {@link #write}. */
    public abstract Object[] prepare(VirtualFrame frame);

    public abstract Object read(VirtualFrame frame, Object[] parts);

    public abstract void write(VirtualFrame frame, Object[] parts, Object value);

    public static final class Name extends AugTarget {
        @Child private ExprNode read;
        @Child private TargetNode write;

        public Name(ExprNode read, TargetNode write) {
            this.read = read;
            this.write = write;
        }

        @Override
        public Object[] prepare(VirtualFrame frame) {
            return null;
        }

        @Override
        public Object read(VirtualFrame frame, Object[] parts) {
            return read.executeGeneric(frame);
        }

        @Override
        public void write(VirtualFrame frame, Object[] parts, Object value) {
            write.execute(frame, value);
        }
    }

    public static final class Attribute extends AugTarget {
        @Child private ExprNode object;
        @Child private PyObjectGetAttrNode getAttr = PyObjectGetAttrNodeGen.create();
        @Child private PyObjectSetAttrNode setAttr = PyObjectSetAttrNodeGen.create();
        private final String name;

        public Attribute(ExprNode object, String name) {
            this.object = object;
            this.name = name.intern();
        }

        @Override
        public Object[] prepare(VirtualFrame frame) {
            return new Object[]{object.executeGeneric(frame)};
        }

        @Override
        public Object read(VirtualFrame frame, Object[] parts) {
            return getAttr.execute(parts[0], name);
        }

        @Override
        public void write(VirtualFrame frame, Object[] parts, Object value) {
            setAttr.execute(parts[0], name, value);
        }
    }

    public static final class Item extends AugTarget {
        @Child private ExprNode object;
        @Child private ExprNode key;
        @Child private PyObjectGetItemNode getItem = PyObjectGetItemNode.create();
        @Child private PyObjectSetItemNode setItem = PyObjectSetItemNode.create();

        public Item(ExprNode object, ExprNode key) {
            this.object = object;
            this.key = key;
        }

        @Override
        public Object[] prepare(VirtualFrame frame) {
            Object o = object.executeGeneric(frame);
            return new Object[]{o, key.executeGeneric(frame)};
        }

        @Override
        public Object read(VirtualFrame frame, Object[] parts) {
            return getItem.execute(parts[0], parts[1]);
        }

        @Override
        public void write(VirtualFrame frame, Object[] parts, Object value) {
            setItem.execute(parts[0], parts[1], value);
        }
    }
}
