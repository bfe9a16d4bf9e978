package pyt.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The interactive loop: {@code >>> } and {@code ... } prompts, statements completed by
 * {@link Continuation}, each evaluated as an interactive {@code <stdin>} source (the language
 * prints the values of expression statements), tracebacks printed without leaving. Ctrl-C at a
 * prompt drops the input; during evaluation it interrupts the program (KeyboardInterrupt).
 * End of input leaves with status 0, {@code SystemExit} with its status.
 */
final class Repl {
    private final Context context;
    private final LineInput input;
    private final PrintStream err;
    private final ExceptionReporter reporter;
    private volatile boolean evaluating;

    Repl(Context context, LineInput input, PrintStream err, boolean showInternalErrors) {
        this.context = context;
        this.input = input;
        this.err = err;
        this.reporter = new ExceptionReporter(context, err, showInternalErrors);
    }

    static void printBanner(PrintStream err) {
        err.println("pyt " + PytMain.VERSION + " (Python " + PytMain.PYTHON_VERSION + ") on " + System.getProperty("os.name").toLowerCase());
        err.println("Press Ctrl-D to exit.");
        err.flush();
    }

    int run() {
        installInterruptHandler();
        while (true) {
            String statement;
            try {
                statement = readStatement();
            } catch (LineInput.Interrupted e) {
                err.println("KeyboardInterrupt");
                err.flush();
                continue;
            }
            if (statement == null) {
                err.println();
                err.flush();
                return 0;
            }
            if (Continuation.isEmpty(statement)) {
                continue;
            }
            Integer status = evaluate(statement);
            if (status != null) {
                return status;
            }
        }
    }

    /** Reads lines until a whole statement is there; null at end of input before any line. */
    private String readStatement() throws LineInput.Interrupted {
        String first = input.readLine(">>> ");
        if (first == null) {
            return null;
        }
        StringBuilder buffer = new StringBuilder(first);
        boolean lastBlank = first.isBlank();
        while (true) {
            if (Continuation.isEmpty(buffer.toString())) {
                return buffer.toString();
            }
            boolean more = Continuation.needsMore(buffer.toString(), lastBlank) || (!lastBlank && languageSaysIncomplete(buffer.toString()));
            if (!more) {
                return buffer.toString();
            }
            String line = input.readLine("... ");
            if (line == null) {
                return buffer.toString();
            }
            buffer.append('\n').append(line);
            lastBlank = line.isBlank();
        }
    }

    private boolean languageSaysIncomplete(String code) {
        try {
            context.parse(source(code));
            return false;
        } catch (PolyglotException e) {
            return e.isIncompleteSource();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Source source(String code) {
        return Source.newBuilder(ExceptionReporter.LANGUAGE_ID, code, "<stdin>").interactive(true).buildLiteral();
    }

    /** Evaluates one statement; returns null to go on, or the status to leave with. */
    private Integer evaluate(String code) {
        evaluating = true;
        try {
            context.eval(source(code));
            return null;
        } catch (PolyglotException e) {
            boolean ends = ExceptionReporter.endsProgram(e);
            int status = reporter.report(e);
            return ends ? status : null;
        } finally {
            evaluating = false;
            System.out.flush();
        }
    }

    /** Ctrl-C while a statement runs interrupts it (the line editor handles it at a prompt). */
    private void installInterruptHandler() {
        input.onInterrupt(() -> {
            if (!evaluating) {
                return;
            }
            Thread interrupter = new Thread(() -> {
                try {
                    context.interrupt(Duration.ofSeconds(10));
                } catch (TimeoutException | RuntimeException e) {
                    // the program did not stop; nothing more to do
                }
            }, "pyt-interrupt");
            interrupter.setDaemon(true);
            interrupter.start();
        });
    }
}
