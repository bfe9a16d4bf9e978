package pyt.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.graalvm.shadowed.org.jline.reader.EndOfFileException;
import org.graalvm.shadowed.org.jline.reader.LineReader;
import org.graalvm.shadowed.org.jline.reader.LineReaderBuilder;
import org.graalvm.shadowed.org.jline.reader.UserInterruptException;
import org.graalvm.shadowed.org.jline.reader.impl.DefaultParser;
import org.graalvm.shadowed.org.jline.terminal.Terminal;
import org.graalvm.shadowed.org.jline.terminal.TerminalBuilder;

/** Where the REPL reads its lines: a line editor on a terminal, or plain standard input. */
abstract class LineInput implements AutoCloseable {
    /** Thrown when the user presses Ctrl-C at a prompt. */
    static final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** Returns the next line without its line end, or null at end of input. */
    abstract String readLine(String prompt) throws Interrupted;

    /**
     * Calls {@code action} on Ctrl-C (SIGINT) outside {@link #readLine}. The default installs a
     * JVM signal handler; the terminal version goes through jline, which owns the signal.
     */
    @SuppressWarnings("restriction")
    void onInterrupt(Runnable action) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // signals not available (-Xrs or ignored): Ctrl-C ends the process
        }
    }

    @Override
    public void close() {
    }

    /** A jline editor with history in {@code ~/.pyt_history}. */
    static LineInput terminal() throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).name("pyt").build();
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        parser.setEscapeChars(new char[0]);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                        .terminal(terminal)
                        .appName("pyt")
                        .parser(parser)
                        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                        .option(LineReader.Option.INSERT_TAB, true);
        Path history = historyFile();
        if (history != null) {
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        LineReader reader = builder.build();
        return new LineInput() {
            @Override
            String readLine(String prompt) throws Interrupted {
                try {
                    return reader.readLine(prompt);
                } catch (UserInterruptException e) {
                    throw new Interrupted();
                } catch (EndOfFileException e) {
                    return null;
                }
            }

            @Override
            void onInterrupt(Runnable action) {
                terminal.handle(Terminal.Signal.INT, signal -> action.run());
            }

            @Override
            public void close() {
                try {
                    reader.getHistory().save();
                } catch (IOException | RuntimeException e) {
                    // history is a convenience
                }
                try {
                    terminal.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
        };
    }

    private static Path historyFile() {
        String home = System.getProperty("user.home");
        return home == null || home.isEmpty() ? null : Paths.get(home, ".pyt_history");
    }

    /**
     * Lines from a stream that is not a terminal, prompts on {@code promptStream} (CPython writes
     * them to stderr). Reads byte by byte so that input the program itself reads (with
     * {@code input()}) is not swallowed by a buffer here.
     */
    static LineInput plain(InputStream in, PrintStream promptStream) {
        return new LineInput() {
            @Override
            String readLine(String prompt) {
                promptStream.print(prompt);
                promptStream.flush();
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                try {
                    int b;
                    while ((b = in.read()) != -1 && b != '\n') {
                        line.write(b);
                    }
                    if (b == -1 && line.size() == 0) {
                        return null;
                    }
                } catch (IOException e) {
                    return null;
                }
                String s = line.toString(StandardCharsets.UTF_8);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
        };
    }
}
