package pyt.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyObject;

/**
 * A text file opened by {@code open()}: a reader or a writer over a {@code TruffleFile}, so it
 * goes through the embedder's file system. Reading translates {@code \r\n} and {@code \r} to
 * {@code \n} (universal newlines); writing writes the text as it is, in UTF-8 unless another
 * encoding was asked for.
 */
public final class TextFile extends PyObject {
    private final String name;
    private final String mode;
    private final String encoding;
    private BufferedReader reader;
    private Writer writer;
    private boolean closed;

    TextFile(Shape shape, String name, String mode, String encoding, BufferedReader reader, Writer writer) {
        super(shape);
        this.name = name;
        this.mode = mode;
        this.encoding = encoding;
        this.reader = reader;
        this.writer = writer;
    }

    public String name() {
        return name;
    }

    public String mode() {
        return mode;
    }

    public String encoding() {
        return encoding;
    }

    public boolean isClosed() {
        return closed;
    }

    boolean readable() {
        return reader != null;
    }

    boolean writable() {
        return writer != null;
    }

    private void checkOpen() {
        if (closed) {
            throw PyErrors.valueError(null, "I/O operation on closed file.");
        }
    }

    private BufferedReader reader() {
        checkOpen();
        if (reader == null) {
            throw PyErrors.raise(null, PyErr.OSError, "not readable");
        }
        return reader;
    }

    private Writer writer() {
        checkOpen();
        if (writer == null) {
            throw PyErrors.raise(null, PyErr.OSError, "not writable");
        }
        return writer;
    }

    /** The next line with its {@code \n}, at most {@code limit} characters when {@code limit >= 0}; "" at the end. */
    @TruffleBoundary
    String readLine(long limit) {
        BufferedReader in = reader();
        StringBuilder sb = new StringBuilder();
        try {
            int c;
            while ((limit < 0 || sb.length() < limit) && (c = in.read()) >= 0) {
                if (c == '\r') {
                    in.mark(1);
                    int d = in.read();
                    if (d != '\n' && d >= 0) {
                        in.reset();
                    }
                    c = '\n';
                }
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw Files.ioError(name, e);
        }
        return sb.toString();
    }

    /** The rest of the file, or at most {@code limit} characters when {@code limit >= 0}. */
    @TruffleBoundary
    String read(long limit) {
        StringBuilder sb = new StringBuilder();
        while (limit < 0 || sb.length() < limit) {
            String line = readLine(limit < 0 ? -1 : limit - sb.length());
            if (line.isEmpty()) {
                break;
            }
            sb.append(line);
        }
        return sb.toString();
    }

    @TruffleBoundary
    void write(String text) {
        try {
            writer().write(text);
        } catch (IOException e) {
            throw Files.ioError(name, e);
        }
    }

    @TruffleBoundary
    void flush() {
        checkOpen();
        try {
            if (writer != null) {
                writer.flush();
            }
        } catch (IOException e) {
            throw Files.ioError(name, e);
        }
    }

    @TruffleBoundary
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (writer != null) {
                writer.close();
            }
            if (reader != null) {
                reader.close();
            }
        } catch (IOException e) {
            throw Files.ioError(name, e);
        } finally {
            reader = null;
            writer = null;
        }
    }
}
