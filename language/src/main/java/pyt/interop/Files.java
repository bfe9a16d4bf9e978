package pyt.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;

import pyt.PytContext;
import pyt.PytLanguage;
import pyt.runtime.BuiltinTypes;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyStrings;
import pyt.runtime.PyType;

/**
 * File access for Python code, always through Truffle's file system ({@code TruffleFile}): the
 * embedder decides with {@code allowIO} whether there is one, and may install its own. A
 * denied access is a PermissionError that says how to allow it.
 */
final class Files {
    private Files() {
    }

    /** {@code open(path, mode, encoding=...)} in text mode. */
    @TruffleBoundary
    static TextFile open(String path, String mode, String encodingName) {
        String m = mode.replace("t", "");
        if (m.contains("b")) {
            throw PyErrors.valueError(null, "binary mode is not supported yet: open() reads and writes text");
        }
        if (m.contains("+")) {
            throw PyErrors.valueError(null, "mode '%s' is not supported yet: open a file for reading or for writing", mode);
        }
        if (m.length() != 1 || "rwax".indexOf(m.charAt(0)) < 0) {
            throw PyErrors.valueError(null, "invalid mode: '%s'", mode);
        }
        Charset charset;
        try {
            charset = encodingName == null ? StandardCharsets.UTF_8 : Charset.forName(encodingName);
        } catch (IllegalArgumentException e) {
            throw PyErrors.raise(null, PyErr.LookupError, "unknown encoding: %s", encodingName);
        }
        BuiltinTypes types = PytLanguage.get(null).types();
        try {
            TruffleFile file = PytContext.get(null).getEnv().getPublicTruffleFile(path);
            if (file.isDirectory()) {
                throw osError(types.IsADirectoryError, 21, "Is a directory", path);
            }
            BufferedReader reader = null;
            Writer writer = null;
            switch (m.charAt(0)) {
                case 'r' -> reader = new BufferedReader(new InputStreamReader(file.newInputStream(), charset));
                case 'w' -> writer = newWriter(file, charset, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                                StandardOpenOption.WRITE);
                case 'a' -> writer = newWriter(file, charset, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
                default -> writer = newWriter(file, charset, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            return new TextFile(types.textFile.getInstanceShape(), path, mode, charset.name(), reader, writer);
        } catch (IOException e) {
            throw ioError(path, e);
        } catch (SecurityException e) {
            throw denied(path);
        }
    }

    private static Writer newWriter(TruffleFile file, Charset charset, OpenOption... options) throws IOException {
        return new OutputStreamWriter(file.newOutputStream(options), charset);
    }

    /** The OSError subclass CPython raises for a failed file operation. */
    @TruffleBoundary
    static PyException ioError(String path, IOException e) {
        BuiltinTypes types = PytLanguage.get(null).types();
        if (e instanceof NoSuchFileException) {
            throw osError(types.FileNotFoundError, 2, "No such file or directory", path);
        } else if (e instanceof FileAlreadyExistsException) {
            throw osError(types.FileExistsError, 17, "File exists", path);
        } else if (e instanceof AccessDeniedException) {
            throw osError(types.PermissionError, 13, "Permission denied", path);
        }
        throw PyErrors.raise(null, types.OSError, path + ": " + e.getMessage());
    }

    /** {@code type(errno, strerror, filename)}: str() gives {@code [Errno 2] No such file or directory: 'x'}. */
    private static PyException osError(PyType type, long errno, String strerror, String path) {
        throw PyErrors.raiseWithArgs(null, type, errno, PyStrings.of(strerror), PyStrings.of(path));
    }

    /** What Python code sees when the embedder gave it no file system access. */
    @TruffleBoundary
    static PyException denied(String path) {
        throw PyErrors.raise(null, PytLanguage.get(null).types().PermissionError,
                        "file system access is not allowed: cannot open '" + path
                                        + "' (the embedder must allow it with Context.Builder.allowIO)");
    }
}
