package pyt;

import java.nio.charset.Charset;

import com.oracle.truffle.api.TruffleFile;

/** Recognizes {@code .py} files as pyt sources. */
public final class PytFileDetector implements TruffleFile.FileTypeDetector {

    @Override
    public String findMimeType(TruffleFile file) {
        String name = file.getName();
        return name != null && name.endsWith(".py") ? PytLanguage.MIME_TYPE : null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) {
        return null;
    }
}
