package pyt.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Python {@code str} values are TruffleStrings in UTF-32, so indexing and length are by code
 * point and O(1). These helpers convert at the edges, where Java code wants a String.
 */
public final class PyStrings {
    public static final TruffleString.Encoding ENCODING = TruffleString.Encoding.UTF_32;
    public static final TruffleString EMPTY = of("");

    private PyStrings() {
    }

    @TruffleBoundary
    public static TruffleString of(String s) {
        return TruffleString.fromJavaStringUncached(s, ENCODING);
    }

    @TruffleBoundary
    public static String toJava(TruffleString s) {
        return s.toJavaStringUncached();
    }

    @TruffleBoundary
    public static TruffleString ofCodePoint(int codePoint) {
        return TruffleString.fromCodePointUncached(codePoint, ENCODING);
    }

    @TruffleBoundary
    public static int length(TruffleString s) {
        return s.codePointLengthUncached(ENCODING);
    }
}
