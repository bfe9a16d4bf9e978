package pyt.parser;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;

import pyt.parser.ast.Expr;

/**
 * A canonical text form of the AST, without positions, that {@code ast_dump.py} produces from
 * CPython's own ast for the same source: comparing the two checks the tree, not just the verdict.
 */
final class AstDump {
    private AstDump() {
    }

    static String dump(Object node) {
        StringBuilder sb = new StringBuilder();
        dump(node, sb);
        return sb.toString();
    }

    private static void dump(Object o, StringBuilder sb) {
        if (o == null) {
            sb.append("None");
        } else if (o instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                dump(l.get(i), sb);
            }
            sb.append(']');
        } else if (o instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (o instanceof Long || o instanceof BigInteger || o instanceof Integer) {
            sb.append(o);
        } else if (o instanceof Double d) {
            sb.append('f').append(Double.doubleToRawLongBits(d));
        } else if (o instanceof Expr.Imaginary im) {
            sb.append('j').append(Double.doubleToRawLongBits(im.imag()));
        } else if (o instanceof String s) {
            str(s, sb);
        } else if (o instanceof byte[] bytes) {
            sb.append("b'");
            for (byte b : bytes) {
                sb.append(String.format("%02x", b & 0xFF));
            }
            sb.append('\'');
        } else if (o == Expr.Singleton.NONE) {
            sb.append("None");
        } else if (o == Expr.Singleton.ELLIPSIS) {
            sb.append("Ellipsis");
        } else if (o instanceof Enum<?> e) {
            sb.append(e.name());
        } else if (o instanceof Record r) {
            sb.append(r.getClass().getSimpleName()).append('(');
            boolean first = true;
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                String n = c.getName();
                if (n.equals("start") || n.equals("end")) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                try {
                    dump(c.getAccessor().invoke(r), sb);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            sb.append(')');
        } else {
            throw new IllegalArgumentException(o.getClass().toString());
        }
    }

    private static void str(String s, StringBuilder sb) {
        sb.append('"');
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp > 0x7e || cp == '"' || cp == '\\') {
                sb.append("\\u{").append(Integer.toHexString(cp)).append('}');
            } else {
                sb.append((char) cp);
            }
        });
        sb.append('"');
    }
}
