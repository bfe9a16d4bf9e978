package pyt.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.ExprNode;
import pyt.nodes.lib.PyObjectFormatNode;
import pyt.nodes.lib.PyObjectReprNode;
import pyt.nodes.lib.PyObjectStrNode;
import pyt.runtime.PyStrings;
import pyt.runtime.text.StrRepr;

/** One {@code {value!conv:spec}} field of an f-string. */
public final class FormatValueNode extends ExprNode {
    @Child private ExprNode value;
    @Child private ExprNode spec;
    private final int conversion;
    @Child private TruffleString.FromLongNode fromLong = TruffleString.FromLongNode.create();
    /** The conversion code of a field without {@code !s}, {@code !r} or {@code !a}. */
    private static final int NONE = -1;

    public FormatValueNode(ExprNode value, int conversion, ExprNode spec) {
        this.value = value;
        this.conversion = conversion;
        this.spec = spec;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        if (spec == null && conversion == NONE) {
            if (v instanceof TruffleString ts) {
                return ts;
            } else if (v instanceof Long l) {
                // format(int, '') is str(int), which no class can change
                return fromLong.execute(l, PyStrings.ENCODING, true);
            }
        }
        Object s = spec == null ? null : spec.executeGeneric(frame);
        return format(v, s);
    }

    @TruffleBoundary
    private TruffleString format(Object v, Object s) {
        Object converted = switch (conversion) {
            case 's' -> PyObjectStrNode.str(v);
            case 'r' -> PyObjectReprNode.repr(v);
            case 'a' -> PyStrings.of(StrRepr.ascii(PyObjectReprNode.reprUncached(v)));
            default -> v;
        };
        String specText = s == null ? "" : PyStrings.toJava((TruffleString) s);
        if (specText.isEmpty() && converted instanceof TruffleString ts) {
            return ts;
        }
        return PyStrings.of(PyObjectFormatNode.formatUncached(converted, specText));
    }
}
