package pyt.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.graalvm.launcher.AbstractLanguageLauncher;
import org.graalvm.options.OptionCategory;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The {@code pyt} command: CPython's command line on launcher-common.
 *
 * <pre>
 * pyt [option] ... [-c cmd | -m mod | file | -] [arg] ...
 * </pre>
 *
 * Options come before the program; everything after the file, {@code -c CMD} or {@code -m MOD}
 * is the program's {@code sys.argv[1:]}. Long options pyt does not know ({@code --engine.*},
 * {@code --log.*}, {@code --pyt.*}, tool options) are polyglot options, handled by
 * launcher-common. Exit statuses follow CPython: 0, 1 for an uncaught exception, SystemExit's
 * code, 2 for a bad command line, 130 for KeyboardInterrupt.
 */
public final class PytMain extends AbstractLanguageLauncher {
    static final String VERSION = "0.1.0";
    static final String PYTHON_VERSION = "3.11";
    private static final String USAGE = "usage: pyt [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    private enum Mode {
        FILE,
        COMMAND,
        MODULE,
        STDIN,
        REPL
    }

    private Mode mode;
    /** The file, command or module name, by mode. */
    private String target;
    private final List<String> argv = new ArrayList<>();
    private boolean inspect;
    private boolean quiet;
    private boolean showInternalErrors = ExceptionReporter.debugFromEnvironment();

    public static void main(String[] args) {
        new PytMain().launch(args);
    }

    @Override
    protected String getLanguageId() {
        return ExceptionReporter.LANGUAGE_ID;
    }

    @Override
    protected List<String> preprocessArguments(List<String> arguments, Map<String, String> polyglotOptions) {
        List<String> unrecognized = new ArrayList<>();
        // pyt is young: engine and compiler tuning options (many experimental) are for everyone.
        unrecognized.add("--experimental-options");
        int i = 0;
        boolean versionRequested = false;
        parse: while (i < arguments.size()) {
            String arg = arguments.get(i++);
            if (arg.equals("-")) {
                mode = Mode.STDIN;
                argv.add("-");
                break;
            } else if (arg.equals("--")) {
                if (i < arguments.size()) {
                    startFile(arguments.get(i++));
                }
                break;
            } else if (arg.startsWith("--")) {
                switch (arg) {
                    case "--version" -> versionRequested = true;
                    case "--show-internal-errors" -> showInternalErrors = true;
                    default -> unrecognized.add(arg);
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                for (int j = 1; j < arg.length(); j++) {
                    char c = arg.charAt(j);
                    switch (c) {
                        case 'c', 'm', 'W', 'X' -> {
                            String value;
                            if (j + 1 < arg.length()) {
                                value = arg.substring(j + 1);
                            } else if (i < arguments.size()) {
                                value = arguments.get(i++);
                            } else {
                                throw usageError("Argument expected for the -" + c + " option");
                            }
                            if (c == 'c' || c == 'm') {
                                mode = c == 'c' ? Mode.COMMAND : Mode.MODULE;
                                target = value;
                                argv.add(c == 'c' ? "-c" : value);
                                break parse;
                            }
                            continue parse; // -W and -X: accepted, no effect yet
                        }
                        case 'i' -> inspect = true;
                        case 'q' -> quiet = true;
                        case 'V' -> versionRequested = true;
                        case 'h', '?' -> unrecognized.add("--help");
                        // Accepted for compatibility, no effect (yet): see docs/dialect.md.
                        case 'b', 'B', 'd', 'E', 'I', 'O', 'P', 'R', 's', 'S', 'u', 'v', 'x' -> {
                        }
                        default -> throw usageError("Unknown option: -" + c);
                    }
                }
            } else {
                startFile(arg);
                break;
            }
        }
        argv.addAll(arguments.subList(i, arguments.size()));
        if (versionRequested && unrecognized.stream().noneMatch(a -> a.startsWith("--help"))) {
            printVersion();
            throw exit();
        }
        if (mode == null) {
            if (inspect || isTTY()) {
                mode = Mode.REPL;
            } else {
                mode = Mode.STDIN;
            }
            if (argv.isEmpty()) {
                argv.add("");
            }
        }
        return unrecognized;
    }

    private void startFile(String file) {
        mode = Mode.FILE;
        target = file;
        argv.add(file);
    }

    /** {@code sys.argv} as parsed from the command line. */
    List<String> programArguments() {
        return List.copyOf(argv);
    }

    private AbortException usageError(String message) {
        PrintStream err = getError();
        err.println(message);
        err.println(USAGE);
        err.println("Try `pyt -h' for more information.");
        err.flush();
        return exit(2);
    }

    @Override
    protected AbortException abortUnrecognizedArgument(String argument) {
        throw usageError("unknown option " + argument);
    }

    @Override
    protected void printVersion() {
        getOutput().println("pyt " + VERSION + " (Python " + PYTHON_VERSION + ")");
        getOutput().flush();
    }

    @Override
    protected void collectArguments(Set<String> options) {
        options.addAll(List.of("-c", "-m", "-i", "-q", "-V", "-h", "--help", "--version", "--show-internal-errors"));
    }

    @Override
    protected void printHelp(OptionCategory maxCategory) {
        PrintStream out = getOutput();
        out.println(USAGE);
        out.println("""
                        Options:
                        -c cmd : program passed in as string (terminates option list)
                        -h     : print this help message and exit (also -? or --help)
                        -i     : inspect interactively after running script; forces a prompt even
                                 if stdin does not appear to be a terminal
                        -m mod : run a module as a script (terminates option list); so far only
                                 modules found in the current directory
                        -q     : don't print the version on interactive startup
                        -V     : print the version number and exit (also --version)
                        -b -B -d -E -I -O -P -R -s -S -u -v -x, -W arg, -X opt:
                                 accepted for compatibility with CPython, no effect
                        --show-internal-errors : print the Java stack trace of an internal error
                                 (also PYT_DEBUG=1)
                        file   : program read from script file
                        -      : program read from stdin (default; interactive mode if a tty)
                        arg ...: arguments passed to program in sys.argv[1:]

                        Polyglot options go before the program, e.g. --engine.Compilation=false,
                        --log.file=FILE, --cpusampler; --help:engine, --help:languages and
                        --help:tools list them.
                        Environment: PYT_DEBUG=1 shows Java stack traces of internal errors.""");
    }

    @Override
    protected void launch(Context.Builder builder) {
        int status = LargeStack.run("pyt-main", () -> run(builder));
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    private int run(Context.Builder builder) {
        PrintStream err = System.err;
        Source source = null;
        if (mode != Mode.REPL) {
            try {
                source = mainSource();
            } catch (IOException e) {
                return ProgramRunner.cannotOpen(err, Paths.get(target), e);
            }
            if (source == null) {
                err.println("pyt: No module named " + target + " (pyt -m only finds modules in the current directory so far)");
                return 1;
            }
        }
        builder.arguments(getLanguageId(), argv.toArray(new String[0]));
        Context context;
        try {
            context = builder.build();
        } catch (PolyglotException e) {
            return new ExceptionReporter(null, err, showInternalErrors).report(e);
        } catch (IllegalArgumentException e) {
            err.println("pyt: " + e.getMessage());
            return 2;
        }
        int status = 0;
        boolean ended = false;
        if (source != null) {
            interruptOnCtrlC(context);
            try {
                context.eval(source);
            } catch (PolyglotException e) {
                ended = ExceptionReporter.endsProgram(e);
                status = new ExceptionReporter(context, err, showInternalErrors).report(e);
            }
        }
        if (!ended && (mode == Mode.REPL || inspect)) {
            status = repl(context);
        }
        return ProgramRunner.close(context, status, err, showInternalErrors);
    }

    /**
     * Ctrl-C stops the program through the polyglot engine, so that it ends like an uncaught
     * KeyboardInterrupt (traceback, status 130) with its output flushed; a second Ctrl-C, or a
     * program that does not stop within seconds (blocked in a read), ends the process at once.
     */
    @SuppressWarnings("restriction")
    private static void interruptOnCtrlC(Context context) {
        AtomicBoolean interrupted = new AtomicBoolean();
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> {
                if (!interrupted.compareAndSet(false, true)) {
                    Runtime.getRuntime().halt(ExceptionReporter.EXIT_KEYBOARD_INTERRUPT);
                }
                Thread interrupter = new Thread(() -> {
                    try {
                        context.interrupt(Duration.ofSeconds(3));
                    } catch (TimeoutException | RuntimeException e) {
                        System.err.println("KeyboardInterrupt");
                        Runtime.getRuntime().halt(ExceptionReporter.EXIT_KEYBOARD_INTERRUPT);
                    }
                }, "pyt-interrupt");
                interrupter.setDaemon(true);
                interrupter.start();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // SIGINT is ignored (a background job) or reserved (-Xrs): the JVM's default stays
        }
    }

    private int repl(Context context) {
        boolean tty = isTTY();
        if (!quiet && mode == Mode.REPL) {
            Repl.printBanner(System.err);
        }
        LineInput input;
        try {
            input = tty ? LineInput.terminal() : LineInput.plain(System.in, System.err);
        } catch (IOException | RuntimeException e) {
            input = LineInput.plain(System.in, System.err);
        }
        try (LineInput in = input) {
            return new Repl(context, in, System.err, showInternalErrors).run();
        }
    }

    /** The program to run as {@code __main__}; null for a module that was not found. */
    private Source mainSource() throws IOException {
        switch (mode) {
            case FILE:
                return ProgramRunner.fileSource(Paths.get(target));
            case COMMAND:
                return Source.newBuilder(getLanguageId(), target, "<string>").buildLiteral();
            case STDIN:
                return Source.newBuilder(getLanguageId(), readAll(System.in), "<stdin>").buildLiteral();
            case MODULE:
                Path file = findModule(target);
                if (file == null) {
                    return null;
                }
                argv.set(0, file.toString());
                return ProgramRunner.fileSource(file);
            default:
                throw new IllegalStateException(mode.toString());
        }
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** {@code a.b} as {@code ./a/b.py} or {@code ./a/b/__main__.py}; null if neither exists. */
    private static Path findModule(String name) {
        if (!name.matches("[\\p{L}_][\\p{L}\\p{N}_]*(\\.[\\p{L}_][\\p{L}\\p{N}_]*)*")) {
            return null;
        }
        Path base = Paths.get("").toAbsolutePath().resolve(name.replace('.', '/'));
        Path file = base.resolveSibling(base.getFileName() + ".py");
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path main = base.resolve("__main__.py");
        return Files.isRegularFile(main) ? main : null;
    }
}
