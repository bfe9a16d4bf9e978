package pyt.nodes.str;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.InternalByteArray;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.runtime.PyStrings;

/**
 * {@code str.lower()} and {@code upper()} of an ASCII string, where case mapping is one byte to
 * one byte; null for any other string, whose full Unicode mapping {@code StrCase} does. An ASCII
 * UTF-32 TruffleString keeps one byte per character, and its Latin-1 view shares that array, so
 * the bytes are read and the result made without widening to four bytes a character.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class StrAsciiCaseNode extends Node {
    private static final TruffleString.Encoding BYTES = TruffleString.Encoding.ISO_8859_1;

    public abstract TruffleString execute(TruffleString s, boolean upper);

    @Specialization
    static TruffleString convert(TruffleString s, boolean upper,
                    @Cached TruffleString.GetCodeRangeNode codeRange,
                    @Cached TruffleString.CodePointLengthNode length,
                    @Cached TruffleString.ByteIndexOfCodePointSetNode indexOfCased,
                    @Cached TruffleString.SwitchEncodingNode switchEncoding,
                    @Cached TruffleString.GetInternalByteArrayNode internalBytes,
                    @Cached TruffleString.FromByteArrayNode fromBytes) {
        if (codeRange.execute(s, PyStrings.ENCODING) != TruffleString.CodeRange.ASCII) {
            return null;
        }
        int n = length.execute(s, PyStrings.ENCODING);
        if (n == 0) {
            return s;
        }
        int first = indexOfCased.execute(s, 0, CodePointSets.byteIndex(n), upper ? CodePointSets.ASCII_LOWER : CodePointSets.ASCII_UPPER);
        if (first < 0) {
            return s;
        }
        InternalByteArray in = internalBytes.execute(switchEncoding.execute(s, BYTES), BYTES);
        byte[] src = in.getArray();
        int offset = in.getOffset();
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            byte c = src[offset + i];
            if (upper ? c >= 'a' && c <= 'z' : c >= 'A' && c <= 'Z') {
                c ^= 0x20;
            }
            out[i] = c;
        }
        return switchEncoding.execute(fromBytes.execute(out, 0, n, BYTES, false), PyStrings.ENCODING);
    }
}
