package pyt.parser;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import pyt.parser.ast.Expr;
import pyt.parser.ast.Node;

/** Developer tool: node positions as "Type@line:col-endline:endcol" (code points), like pos_dump.py. */
public final class PositionDump {
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            String src = Files.readString(Path.of(a));
            SyntaxErrors e = new SyntaxErrors(src, a);
            StringBuilder sb = new StringBuilder();
            walk(Parser.parseModule(src, a), e, sb, false);
            System.out.print(sb);
        }
    }

    private static void walk(Object o, SyntaxErrors e, StringBuilder sb, boolean inFString) throws Exception {
        if (o instanceof List<?> l) {
            for (Object x : l) {
                walk(x, e, sb, inFString);
            }
            return;
        }
        if (!(o instanceof Record r)) {
            return;
        }
        if (o instanceof Node n && !(o instanceof pyt.parser.ast.MatchCase) && !inFString) {
            sb.append(r.getClass().getSimpleName()).append('@').append(e.lineOf(n.start())).append(':')
                            .append(e.columnOf(n.start()) - 1).append('-').append(e.lineOf(n.end())).append(':')
                            .append(e.columnOf(n.end()) - 1).append('\n');
        }
        if (o instanceof Expr.Constant || o instanceof pyt.parser.ast.Pattern.MatchSingleton) {
            return;
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            walk(c.getAccessor().invoke(r), e, sb, inFString || o instanceof Expr.JoinedStr);
        }
    }
}
