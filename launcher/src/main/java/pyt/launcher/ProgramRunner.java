package pyt.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Runs one Python program the way {@code pyt FILE ARGS...} does (same {@code sys.argv}, exit
 * status and traceback), inside the calling JVM. The conformance tests call
 * {@link #run(Path, List, InputStream, OutputStream, OutputStream, Map)}; {@link PytMain} uses
 * the package-private helpers.
 */
public final class ProgramRunner {
    private ProgramRunner() {
    }

    /**
     * Runs {@code file} in a fresh context with {@code sys.argv == [file, *args]} and returns the
     * exit status CPython would return. {@code options} are polyglot options ({@code engine.*},
     * {@code pyt.*}, ...); without a Graal JIT in this JVM the interpreter-only warning is off
     * unless {@code engine.WarnInterpreterOnly} is given.
     */
    public static int run(Path file, List<String> args, InputStream in, OutputStream out, OutputStream err, Map<String, String> options) {
        Map<String, String> allOptions = new HashMap<>(options);
        allOptions.putIfAbsent("engine.WarnInterpreterOnly", "false");
        List<String> argv = new ArrayList<>();
        argv.add(file.toString());
        argv.addAll(args);
        PrintStream errStream = err instanceof PrintStream ps ? ps : new PrintStream(err, true, StandardCharsets.UTF_8);
        Context.Builder builder = Context.newBuilder(ExceptionReporter.LANGUAGE_ID)
                        .in(in).out(out).err(err)
                        .allowAllAccess(true)
                        .allowExperimentalOptions(true)
                        .options(allOptions)
                        .arguments(ExceptionReporter.LANGUAGE_ID, argv.toArray(new String[0]));
        boolean debug = ExceptionReporter.debugFromEnvironment();
        Source source;
        try {
            source = fileSource(file);
        } catch (IOException e) {
            return cannotOpen(errStream, file, e);
        }
        Context context;
        try {
            context = builder.build();
        } catch (PolyglotException e) {
            return new ExceptionReporter(null, errStream, debug).report(e);
        } catch (IllegalArgumentException e) {
            errStream.println("pyt: " + e.getMessage());
            errStream.flush();
            return 2;
        }
        // Built here, run on a large stack; cancelled if this thread is interrupted (a timeout).
        return LargeStack.run("pyt-main", () -> close(context, evalMain(context, source, errStream, debug), errStream, debug),
                        () -> cancel(context));
    }

    private static void cancel(Context context) {
        try {
            context.close(true);
        } catch (RuntimeException e) {
            // already closed or closing
        }
    }

    /** Evaluates {@code source}; returns 0 or, for an escaping exception, its reported status. */
    static int evalMain(Context context, Source source, PrintStream err, boolean showInternalErrors) {
        try {
            context.eval(source);
            return 0;
        } catch (PolyglotException e) {
            return new ExceptionReporter(context, err, showInternalErrors).report(e);
        }
    }

    /** Closes {@code context}; exit handlers run then and may change the status. */
    static int close(Context context, int status, PrintStream err, boolean showInternalErrors) {
        try {
            context.close();
            return status;
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            if (e.isCancelled()) {
                return status;
            }
            int s = new ExceptionReporter(null, err, showInternalErrors).report(e);
            return status != 0 ? status : s;
        } catch (IllegalStateException e) {
            // still running on another thread: the process ends anyway
            return status;
        } finally {
            err.flush();
        }
    }

    /** The source of a main script: named by its absolute path, as CPython names {@code __main__}. */
    static Source fileSource(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            Path main = absolute.resolve("__main__.py");
            if (!Files.isRegularFile(main)) {
                throw new NoSuchFileException(absolute.toString(), null, "can't find '__main__' module in '" + file + "'");
            }
            absolute = main;
        }
        return Source.newBuilder(ExceptionReporter.LANGUAGE_ID, absolute.toFile()).build();
    }

    /** CPython's message for a main script it cannot read; status 2. */
    static int cannotOpen(PrintStream err, Path file, IOException e) {
        String detail;
        if (e instanceof NoSuchFileException nsf && nsf.getReason() != null) {
            err.println("pyt: " + nsf.getReason());
            err.flush();
            return 1;
        } else if (e instanceof NoSuchFileException) {
            detail = "[Errno 2] No such file or directory";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            detail = "[Errno 13] Permission denied";
        } else {
            detail = e.getMessage();
        }
        err.println("pyt: can't open file '" + file.toAbsolutePath().normalize() + "': " + detail);
        err.flush();
        return 2;
    }
}
