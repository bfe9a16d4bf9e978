package pyt.modules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyObject;

/**
 * {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr}: text streams over the context's
 * standard streams, instances of a small {@code _io.TextIOWrapper} class whose methods are
 * {@link TextStreamMethods}. {@code print} and {@code input} write and read them directly.
 */
public final class TextStream extends PyObject {
    private final String name;
    private final PrintStream output;
    private final BufferedReader input;
    private final int fileno;

    TextStream(Shape shape, String name, PrintStream output, BufferedReader input, int fileno) {
        super(shape);
        this.name = name;
        this.output = output;
        this.input = input;
        this.fileno = fileno;
    }

    public String name() {
        return name;
    }

    /** The stream written to, or null for an input stream. */
    public PrintStream output() {
        return output;
    }

    /** The stream read from, or null for an output stream. */
    public BufferedReader input() {
        return input;
    }

    public int fileno() {
        return fileno;
    }

    /** The next line with its {@code \n} (universal newlines), "" at the end, null when at EOF. */
    @TruffleBoundary
    public String readLine() {
        if (input == null) {
            throw PyErrors.raise(null, PyErr.OSError, "not readable");
        }
        StringBuilder sb = new StringBuilder();
        try {
            int c;
            while ((c = input.read()) >= 0) {
                if (c == '\r') {
                    input.mark(1);
                    int d = input.read();
                    if (d != '\n' && d >= 0) {
                        input.reset();
                    }
                    sb.append('\n');
                    return sb.toString();
                }
                sb.append((char) c);
                if (c == '\n') {
                    return sb.toString();
                }
            }
        } catch (IOException e) {
            throw PyErrors.raise(null, PyErr.OSError, String.valueOf(e.getMessage()));
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Everything up to the end of the stream (or {@code size} characters when {@code size >= 0}). */
    @TruffleBoundary
    public String read(long size) {
        if (input == null) {
            throw PyErrors.raise(null, PyErr.OSError, "not readable");
        }
        StringBuilder sb = new StringBuilder();
        try {
            int c;
            while ((size < 0 || sb.length() < size) && (c = input.read()) >= 0) {
                if (c == '\r') {
                    input.mark(1);
                    int d = input.read();
                    if (d != '\n' && d >= 0) {
                        input.reset();
                    }
                    c = '\n';
                }
                sb.append((char) c);
            }
        } catch (IOException e) {
            throw PyErrors.raise(null, PyErr.OSError, String.valueOf(e.getMessage()));
        }
        return sb.toString();
    }

    @TruffleBoundary
    public void write(String s) {
        if (output == null) {
            throw PyErrors.raise(null, PyErr.OSError, "not writable");
        }
        output.print(s);
        output.flush();
    }
}
