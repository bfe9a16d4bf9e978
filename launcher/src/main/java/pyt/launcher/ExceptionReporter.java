package pyt.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * Turns an exception that escaped a Python program into what CPython prints and the exit status
 * CPython returns. Shared by the command line ({@link PytMain}), the REPL and the test entry point
 * ({@link ProgramRunner}).
 *
 * <p>Tracebacks are printed by the language: the reporter calls {@code sys.excepthook(type,
 * value, tb)}. Only if that call fails does it format a traceback itself from the polyglot stack
 * trace. {@code SystemExit} is never printed as a traceback: its {@code code} decides the status
 * (None is 0, an int is itself, anything else is printed and gives 1).
 */
final class ExceptionReporter {
    static final String LANGUAGE_ID = "pyt";
    static final int EXIT_KEYBOARD_INTERRUPT = 130;

    private final Context context;
    private final PrintStream err;
    private final boolean showInternalErrors;

    ExceptionReporter(Context context, PrintStream err, boolean showInternalErrors) {
        this.context = context;
        this.err = err;
        this.showInternalErrors = showInternalErrors;
    }

    /** Whether {@code e} ends the program (an exit or {@code SystemExit}), not just a REPL entry. */
    static boolean endsProgram(PolyglotException e) {
        if (e.isExit() || e.isCancelled()) {
            return true;
        }
        Value exc = guestObject(e);
        return exc != null && "SystemExit".equals(typeName(exc));
    }

    /** True when the environment asks for Java stack traces of internal errors. */
    static boolean debugFromEnvironment() {
        String v = System.getenv("PYT_DEBUG");
        return v != null && !v.isEmpty() && !v.equals("0");
    }

    /** Prints what CPython would print for {@code e} and returns the process exit status. */
    int report(PolyglotException e) {
        try {
            return doReport(e);
        } finally {
            err.flush();
        }
    }

    private int doReport(PolyglotException e) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (e.isInterrupted() || e.isCancelled()) {
            printTraceback(e, "KeyboardInterrupt");
            return EXIT_KEYBOARD_INTERRUPT;
        }
        if (e.isResourceExhausted()) {
            reportResourceExhausted(e);
            return 1;
        }
        if (e.isInternalError()) {
            reportInternalError(e);
            return 1;
        }
        Value exc = guestObject(e);
        String type = exc == null ? null : typeName(exc);
        if ("SystemExit".equals(type)) {
            return systemExit(exc, e);
        }
        int status = "KeyboardInterrupt".equals(type) ? EXIT_KEYBOARD_INTERRUPT : 1;
        if (exc != null && callExcepthook(exc)) {
            return status;
        }
        printFallbackTraceback(e, type);
        return status;
    }

    private static Value guestObject(PolyglotException e) {
        if (!e.isGuestException()) {
            return null;
        }
        try {
            Value v = e.getGuestObject();
            return v == null || v.isNull() ? null : v;
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /** The Python class name of an exception value, without a {@code builtins.} prefix. */
    static String typeName(Value exc) {
        try {
            Value meta = exc.getMetaObject();
            if (meta == null) {
                return null;
            }
            String name = meta.getMetaQualifiedName();
            return name.startsWith("builtins.") ? name.substring("builtins.".length()) : name;
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private int systemExit(Value exc, PolyglotException e) {
        Value code;
        try {
            code = systemExitCode(exc);
        } catch (RuntimeException ex) {
            return systemExitFromMessage(e.getMessage());
        }
        if (code == null || code.isNull()) {
            return 0;
        }
        try {
            if (code.isBoolean()) {
                return code.asBoolean() ? 1 : 0;
            }
            if (code.isNumber() && code.fitsInLong()) {
                return (int) code.asLong();
            }
        } catch (RuntimeException ex) {
            // fall through: print it
        }
        err.println(str(code));
        return 1;
    }

    /** {@code exc.code}, or what CPython derives it from: {@code args[0]}, None, or {@code args}. */
    private static Value systemExitCode(Value exc) {
        Value code = exc.getMember("code");
        if (code != null) {
            return code;
        }
        Value args = exc.getMember("args");
        if (args == null || !args.hasArrayElements() || args.getArraySize() == 0) {
            return null;
        }
        return args.getArraySize() == 1 ? args.getArrayElement(0) : args;
    }

    /**
     * When the exception's members cannot be read, its message {@code SystemExit: <str(exc)>}
     * still tells: nothing is None, an integer is the status, anything else is printed.
     */
    private int systemExitFromMessage(String message) {
        String text = message == null ? "" : message;
        if (text.startsWith("SystemExit")) {
            text = text.substring("SystemExit".length());
            text = text.startsWith(":") ? text.substring(1).strip() : text.strip();
        }
        if (text.isEmpty() || text.equals("None") || text.equals("False")) {
            return 0;
        }
        if (text.equals("True")) {
            return 1;
        }
        try {
            return (int) Long.parseLong(text);
        } catch (NumberFormatException ex) {
            err.println(text);
            return 1;
        }
    }

    /** {@code str(value)} in the guest, or the host's rendering if that fails. */
    private String str(Value value) {
        try {
            if (value.isString()) {
                return value.asString();
            }
            if (context == null) {
                return value.toString();
            }
            Value strFunction = context.eval(internalSource("str", "<str>"));
            return strFunction.execute(value).asString();
        } catch (RuntimeException ex) {
            return value.toString();
        }
    }

    private boolean callExcepthook(Value exc) {
        if (context == null) {
            return false;
        }
        try {
            Value hook = context.eval(internalSource("__import__('sys').excepthook", "<excepthook>"));
            hook.execute(exc.getMetaObject(), exc, exc.getMember("__traceback__"));
            return true;
        } catch (RuntimeException ex) {
            if (showInternalErrors) {
                err.println("pyt: sys.excepthook failed, printing the traceback from the polyglot stack:");
                ex.printStackTrace(err);
            }
            return false;
        }
    }

    private static Source internalSource(String code, String name) {
        return Source.newBuilder(LANGUAGE_ID, code, name).internal(true).buildLiteral();
    }

    private void printFallbackTraceback(PolyglotException e, String type) {
        if (e.isSyntaxError()) {
            printSyntaxError(e);
            return;
        }
        printTraceback(e, exceptionLine(e.getMessage(), type != null ? simpleName(type) : null));
    }

    /** The Python frames of {@code e}'s stack, outermost first, then {@code lastLine}. */
    private void printTraceback(PolyglotException e, String lastLine) {
        List<PolyglotException.StackFrame> frames = pythonFrames(e);
        if (!frames.isEmpty()) {
            err.println("Traceback (most recent call last):");
            for (PolyglotException.StackFrame frame : frames) {
                printFrame(frame);
            }
        }
        err.println(lastLine);
    }

    private static String simpleName(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? qualified : qualified.substring(dot + 1);
    }

    private static String exceptionLine(String message, String type) {
        if (type == null) {
            return message == null ? "Exception" : message;
        }
        if (message == null || message.isEmpty() || message.equals(type)) {
            return type;
        }
        if (message.startsWith(type + ":")) {
            return message;
        }
        return type + ": " + message;
    }

    private void printSyntaxError(PolyglotException e) {
        SourceSection location = e.getSourceLocation();
        if (location != null && location.isAvailable()) {
            err.println("  File \"" + fileName(location.getSource()) + "\", line " + location.getStartLine());
            String line = sourceLine(location.getSource(), location.getStartLine());
            if (line != null) {
                String stripped = line.stripLeading();
                int indent = line.length() - stripped.length();
                err.println("    " + stripped.stripTrailing());
                int column = Math.max(0, location.getStartColumn() - 1 - indent);
                err.println("    " + " ".repeat(column) + "^");
            }
        }
        String message = e.getMessage();
        if (message != null && message.matches("^(SyntaxError|IndentationError|TabError)\\b.*")) {
            err.println(message);
        } else {
            err.println("SyntaxError: " + (message == null ? "invalid syntax" : message));
        }
    }

    /** Python frames of the trace, outermost first, as CPython lists them. */
    private static List<PolyglotException.StackFrame> pythonFrames(PolyglotException e) {
        List<PolyglotException.StackFrame> frames = new ArrayList<>();
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (isPythonFrame(frame)) {
                frames.add(0, frame);
            }
        }
        return frames;
    }

    private static boolean isPythonFrame(PolyglotException.StackFrame frame) {
        if (!frame.isGuestFrame() || frame.getLanguage() == null || !LANGUAGE_ID.equals(frame.getLanguage().getId())) {
            return false;
        }
        SourceSection location = frame.getSourceLocation();
        return location != null && !location.getSource().isInternal();
    }

    private void printFrame(PolyglotException.StackFrame frame) {
        SourceSection location = frame.getSourceLocation();
        Source source = location.getSource();
        int line = location.isAvailable() ? location.getStartLine() : 0;
        String root = frame.getRootName();
        err.println("  File \"" + fileName(source) + "\", line " + line + ", in " + (root == null || root.isEmpty() ? "<module>" : root));
        String text = sourceLine(source, line);
        if (text != null && !text.isBlank()) {
            err.println("    " + text.strip());
        }
    }

    private static String fileName(Source source) {
        String path = source.getPath();
        return path != null ? path : source.getName();
    }

    private static String sourceLine(Source source, int line) {
        try {
            if (line < 1 || !source.hasCharacters() || line > source.getLineCount()) {
                return null;
            }
            return source.getCharacters(line).toString();
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /**
     * The JVM ran out of stack or memory: not catchable in Python (the language raises
     * RecursionError at the recursion limit before this), reported the way CPython reports the
     * Python error.
     */
    private void reportResourceExhausted(PolyglotException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.toLowerCase().contains("stack overflow")) {
            err.println("pyt: the Java stack overflowed; a larger one: --vm.Dpyt.stackSize=1g (now " + (LargeStack.stackSize() >> 20) + " MB)");
            printTraceback(e, "RecursionError: maximum recursion depth exceeded");
        } else {
            err.println("pyt: " + message + "; more memory: --vm.Xmx8g (or PYT_JAVA_OPTS=-Xmx8g)");
            printTraceback(e, "MemoryError");
        }
        if (showInternalErrors) {
            e.printStackTrace(err);
        }
    }

    private void reportInternalError(PolyglotException e) {
        String where = null;
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (isPythonFrame(frame)) {
                SourceSection location = frame.getSourceLocation();
                where = "File \"" + fileName(location.getSource()) + "\", line " +
                                (location.isAvailable() ? location.getStartLine() : 0) + ", in " + frame.getRootName();
                break;
            }
        }
        err.println("pyt: internal error: " + e.getMessage());
        if (where != null) {
            err.println("  while running " + where);
        }
        if (showInternalErrors) {
            e.printStackTrace(err);
        } else {
            err.println("(run with PYT_DEBUG=1 or --show-internal-errors to see the Java stack trace)");
        }
    }
}
