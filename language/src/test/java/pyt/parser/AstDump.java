package pyt.parser;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import pyt.parser.ast.Expr;
import pyt.parser.ast.MatchCase;
import pyt.parser.ast.Node;
import pyt.parser.ast.Pattern;

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

    /** Node positions as {@code ast_dump.positions} prints them, to compare with CPython's. */
    static String positions(Object node, String src) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == src.length() || src.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        int[] lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        StringBuilder sb = new StringBuilder();
        positions(node, src, lineStarts, sb, false);
        return sb.length() == 0 ? "" : sb.substring(0, sb.length() - 1);
    }

    private static void positions(Object o, String src, int[] lineStarts, StringBuilder sb, boolean inFString) {
        if (o instanceof List<?> l) {
            for (Object x : l) {
                positions(x, src, lineStarts, sb, inFString);
            }
            return;
        }
        if (!(o instanceof Record r)) {
            return;
        }
        if (o instanceof Node n && !inFString) {
            sb.append(r.getClass().getSimpleName()).append('@');
            lineCol(n.start(), src, lineStarts, sb);
            sb.append('-');
            lineCol(n.end(), src, lineStarts, sb);
            sb.append('\n');
        }
        if (o instanceof Expr.Constant || o instanceof Pattern.MatchSingleton) {
            return;
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                positions(c.getAccessor().invoke(r), src, lineStarts, sb, inFString || o instanceof Expr.JoinedStr);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void lineCol(int offset, String src, int[] lineStarts, StringBuilder sb) {
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        sb.append(line + 1).append(':').append(src.codePointCount(lineStarts[line], offset));
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
