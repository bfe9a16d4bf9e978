package pyt.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.io.FileSystem;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safe by default: a context the embedder did not open up reaches no Java class, no file and
 * no environment variable; each permission opens exactly its door, and files go through the
 * embedder's file system.
 */
public class SandboxTest {

    private static String eval(Context context, String code) {
        return context.eval("pyt", code).toString();
    }

    @Test
    public void noHostClassesByDefault() {
        try (Context context = EmbeddingTest.builder().build()) {
            String msg = eval(context, """
                import java
                try:
                    java.type('java.lang.System')
                    msg = 'reached'
                except PermissionError as e:
                    msg = str(e)
                msg
                """);
            assertTrue(msg.startsWith("access to Java classes is not allowed"), msg);
            assertTrue(msg.contains("allowHostClassLookup"), msg);
        }
    }

    @Test
    public void hostAccessWithoutLookupStillDenies() {
        try (Context context = EmbeddingTest.builder().allowHostAccess(HostAccess.ALL).build()) {
            assertTrue(eval(context, "import java\ntry:\n    java.type('java.lang.Runtime')\n    r = 'reached'\nexcept PermissionError:\n    r = 'denied'\nr").equals("denied"));
        }
    }

    @Test
    public void lookupFilterIsHonoured() {
        try (Context context = EmbeddingTest.builder().allowHostAccess(HostAccess.ALL)
                        .allowHostClassLookup(name -> name.equals("java.util.ArrayList")).build()) {
            assertEquals("('ok', 'denied')", eval(context, """
                import java
                a = 'ok' if java.type('java.util.ArrayList') is not None else 'no'
                try:
                    java.type('java.lang.Runtime')
                    b = 'reached'
                except LookupError:
                    b = 'denied'
                (a, b)
                """));
        }
    }

    @Test
    public void javaObjectsArePassedOpaquelyWithoutHostAccess() {
        try (Context context = EmbeddingTest.builder().build()) {
            String code = "def f(obj):\n    try:\n        obj.getClass()\n        return 'reached'\n    except AttributeError:\n        return 'opaque'\nf";
            assertEquals("opaque", context.eval("pyt", code).execute(new Object()).asString());
        }
    }

    @Test
    public void noFilesByDefault(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "top secret");
        try (Context context = EmbeddingTest.builder().build()) {
            context.getBindings("pyt").putMember("path", secret.toString());
            String msg = eval(context, """
                try:
                    open(path).read()
                    msg = 'reached'
                except PermissionError as e:
                    msg = str(e)
                msg
                """);
            assertTrue(msg.startsWith("file system access is not allowed"), msg);
            assertTrue(msg.contains("allowIO"), msg);
            String write = eval(context, "try:\n    open(path + '.new', 'w')\n    w = 'written'\nexcept PermissionError:\n    w = 'denied'\nw");
            assertEquals("denied", write);
        }
        assertFalse(Files.exists(dir.resolve("secret.txt.new")));
    }

    @Test
    public void noEnvironmentByDefault() {
        try (Context context = EmbeddingTest.builder().build()) {
            assertEquals("false", eval(context, """
                try:
                    import os
                    visible = 'PATH' in os.environ or 'HOME' in os.environ
                except ImportError:
                    visible = False
                visible
                """));
        }
    }

    @Test
    public void filesWithAllowIO(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notes.txt");
        try (Context context = EmbeddingTest.builder().allowIO(IOAccess.ALL).build()) {
            context.getBindings("pyt").putMember("path", file.toString());
            String result = eval(context, """
                with open(path, 'w') as f:
                    f.write('first line\\n')
                    f.write('second line\\n')
                with open(path, 'a') as f:
                    print('third', 'line', file=f)
                with open(path) as f:
                    first = f.readline()
                    rest = [line.rstrip() for line in f]
                g = open(path)
                whole = g.read()
                g.close()
                try:
                    g.read()
                except ValueError as e:
                    closed_error = str(e)
                try:
                    open(path + '.missing')
                except FileNotFoundError as e:
                    missing = 'missing'
                (first, rest, len(whole), g.closed, closed_error, missing)
                """);
            assertEquals("('first line\\n', ['second line', 'third line'], 34, True, 'I/O operation on closed file.', 'missing')", result);
        }
        assertEquals("first line\nsecond line\nthird line\n", Files.readString(file));
    }

    @Test
    public void customFileSystemIsHonoured(@TempDir Path dir) throws IOException {
        RecordingFileSystem fs = new RecordingFileSystem(dir);
        Files.writeString(dir.resolve("data.txt"), "from the embedder's file system\n");
        try (Context context = EmbeddingTest.builder().allowIO(IOAccess.newBuilder().fileSystem(fs).build()).build()) {
            String result = eval(context, """
                with open('/virtual/data.txt') as f:
                    text = f.read()
                with open('/virtual/out.txt', 'w') as f:
                    f.write(text.upper())
                text.strip()
                """);
            assertEquals("from the embedder's file system", result);
        }
        assertEquals("FROM THE EMBEDDER'S FILE SYSTEM\n", Files.readString(dir.resolve("out.txt")));
        assertTrue(fs.opened.contains("/virtual/data.txt") && fs.opened.contains("/virtual/out.txt"), fs.opened.toString());
    }

    /** Serves {@code /virtual/...} from a directory and records what was opened. */
    static final class RecordingFileSystem implements FileSystem {
        final FileSystem delegate = FileSystem.newDefaultFileSystem();
        final Path root;
        final List<String> opened = new ArrayList<>();

        RecordingFileSystem(Path root) {
            this.root = root;
        }

        private Path real(Path path) {
            String p = path.toString();
            if (!p.startsWith("/virtual")) {
                throw new SecurityException("outside /virtual: " + p);
            }
            return root.resolve(p.substring("/virtual".length()).replaceFirst("^/", ""));
        }

        @Override
        public Path parsePath(URI uri) {
            return Path.of(uri);
        }

        @Override
        public Path parsePath(String path) {
            return Path.of(path);
        }

        @Override
        public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
            delegate.checkAccess(real(path), modes, linkOptions);
        }

        @Override
        public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
            delegate.createDirectory(real(dir), attrs);
        }

        @Override
        public void delete(Path path) throws IOException {
            delegate.delete(real(path));
        }

        @Override
        public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
            opened.add(path.toString());
            return delegate.newByteChannel(real(path), options, attrs);
        }

        @Override
        public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
            return delegate.newDirectoryStream(real(dir), filter);
        }

        @Override
        public Path toAbsolutePath(Path path) {
            return path.isAbsolute() ? path : Path.of("/virtual").resolve(path);
        }

        @Override
        public Path toRealPath(Path path, LinkOption... linkOptions) {
            return path;
        }

        @Override
        public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
            return delegate.readAttributes(real(path), attributes, options);
        }
    }
}
