package pyt.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import pyt.nodes.function.FunctionRootNode;

/**
 * Prints an exception the way CPython's default {@code sys.excepthook} does: chained causes
 * and contexts first, then {@code Traceback (most recent call last):}, one entry per Python
 * frame from the Truffle stack trace, and the {@code Type: message} line. SyntaxErrors show
 * the offending line with a caret.
 */
public final class TracebackFormatter {
    private TracebackFormatter() {
    }

    @TruffleBoundary
    public static String format(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        format(exc, sb, Collections.newSetFromMap(new IdentityHashMap<>()));
        return sb.toString();
    }

    private static void format(PyBaseException exc, StringBuilder sb, java.util.Set<Object> seen) {
        seen.add(exc);
        if (exc.getCause() instanceof PyBaseException cause && !seen.contains(cause)) {
            format(cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (!exc.getSuppressContext() && exc.getContext() instanceof PyBaseException context && !seen.contains(context)) {
            format(context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        List<String> frames = frames(exc);
        if (!frames.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            appendCollapsed(frames, sb);
        }
        if (exc instanceof PySyntaxError se && se.details() != null) {
            syntaxErrorLines(se, sb);
            return;
        }
        sb.append(ExceptionText.lastLine(exc)).append('\n');
    }

    private static List<String> frames(PyBaseException exc) {
        List<String> result = new ArrayList<>();
        PyException carrier = exc.getException();
        if (carrier == null) {
            return result;
        }
        boolean first = true;
        for (TruffleStackTraceElement e : TruffleStackTrace.getStackTrace(carrier)) {
            RootNode root = e.getTarget().getRootNode();
            if (!(root instanceof FunctionRootNode) && !(root instanceof pyt.nodes.generator.GeneratorBodyRootNode)) {
                first = false;
                continue;
            }
            Node location = e.getLocation();
            if (location == null && first && carrier.getStatement() != null) {
                location = carrier.getStatement();
            }
            first = false;
            SourceSection section = location == null ? null : location.getEncapsulatingSourceSection();
            if (section == null || !section.isAvailable()) {
                section = root.getSourceSection();
            }
            if (section == null || !section.isAvailable()) {
                continue;
            }
            int line = section.getStartLine();
            String file = section.getSource().getPath() != null ? section.getSource().getPath() : section.getSource().getName();
            StringBuilder f = new StringBuilder();
            f.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(root.getName()).append('\n');
            String text = section.getSource().getCharacters(line).toString().strip();
            if (!text.isEmpty()) {
                f.append("    ").append(text).append('\n');
            }
            result.add(f.toString());
        }
        Collections.reverse(result);
        return result;
    }

    /** As CPython: after three identical entries in a row, the rest become one "repeated" line. */
    private static void appendCollapsed(List<String> frames, StringBuilder sb) {
        int i = 0;
        while (i < frames.size()) {
            int j = i;
            while (j < frames.size() && frames.get(j).equals(frames.get(i))) {
                j++;
            }
            int run = j - i;
            for (int k = 0; k < Math.min(run, 3); k++) {
                sb.append(frames.get(i));
            }
            if (run > 3) {
                int more = run - 3;
                sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s").append("]\n");
            }
            i = j;
        }
    }

    private static void syntaxErrorLines(PySyntaxError se, StringBuilder sb) {
        PyTuple d = se.details();
        String file = d.get(0) instanceof com.oracle.truffle.api.strings.TruffleString s ? PyStrings.toJava(s) : "<string>";
        sb.append("  File \"").append(file).append("\", line ").append(d.get(1)).append('\n');
        if (d.get(3) instanceof com.oracle.truffle.api.strings.TruffleString t) {
            String text = PyStrings.toJava(t);
            String stripped = text.stripTrailing();
            int indent = stripped.length() - stripped.stripLeading().length();
            sb.append("    ").append(stripped.strip()).append('\n');
            long offset = d.get(2) instanceof Long l ? l : 1;
            long endOffset = d.size() > 5 && d.get(5) instanceof Long l ? l : offset + 1;
            long width = Math.max(1, Math.min(endOffset, stripped.length() + 1) - offset);
            long pad = Math.max(0, offset - 1 - indent);
            sb.append("    ").append(" ".repeat((int) pad)).append("^".repeat((int) width)).append('\n');
        }
        String msg = se.getArgs().size() > 0 ? pyt.nodes.lib.PyObjectStrNode.strUncached(se.getArgs().get(0)) : "";
        sb.append(se.getPyType().getName()).append(": ").append(msg).append('\n');
    }
}
