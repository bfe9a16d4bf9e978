package pyt.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;
import pyt.nodes.lib.PyObjectSetAttrNode;
import pyt.nodes.lib.PyObjectSetItemNode;
import pyt.runtime.PArguments;
import pyt.runtime.PyCell;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyModule;

/** The forms of {@code del}. */
public final class DeleteNodes {
    private DeleteNodes() {
    }

    public static final class DeleteLocal extends StmtNode {
        private final int slot;
        private final String name;

        public DeleteLocal(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (frame.getValue(slot) == null) {
                throw PyErrors.raise(this, PyErr.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name);
            }
            frame.setObject(slot, null);
            frame.getFrameDescriptor().setSlotKind(slot, com.oracle.truffle.api.frame.FrameSlotKind.Object);
        }
    }

    public static final class DeleteCell extends StmtNode {
        private final int slot;
        private final String name;

        public DeleteCell(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            PyCell cell = (PyCell) frame.getObject(slot);
            if (cell.value == null) {
                throw PyErrors.raise(this, PyErr.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name);
            }
            cell.value = null;
        }
    }

    public static final class DeleteGlobal extends StmtNode {
        private final String name;

        public DeleteGlobal(String name) {
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            PyModule m = PArguments.getGlobals(frame);
            if (m.get(name) == null) {
                throw PyErrors.raise(this, PyErr.NameError, "name '%s' is not defined", name);
            }
            m.set(name, null);
        }
    }

    /** {@code del name} in a class body: removes it from the class namespace. */
    public static final class DeleteClassLocal extends StmtNode {
        private final String name;

        public DeleteClassLocal(String name) {
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object namespace = PArguments.getParameter(frame, 0);
            if (ClassNamespace.get(namespace, name) == null) {
                throw PyErrors.raise(this, PyErr.NameError, "name '%s' is not defined", name);
            }
            ClassNamespace.set(namespace, name, null);
        }
    }

    public static final class DeleteItem extends StmtNode {
        @Child private ExprNode object;
        @Child private ExprNode key;

        public DeleteItem(ExprNode object, ExprNode key) {
            this.object = object;
            this.key = key;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object o = object.executeGeneric(frame);
            PyObjectSetItemNode.setItemUncached(o, key.executeGeneric(frame), null);
        }
    }

    public static final class DeleteAttribute extends StmtNode {
        @Child private ExprNode object;
        private final String name;

        public DeleteAttribute(ExprNode object, String name) {
            this.object = object;
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            PyObjectSetAttrNode.setUncached(object.executeGeneric(frame), name, null);
        }
    }
}
