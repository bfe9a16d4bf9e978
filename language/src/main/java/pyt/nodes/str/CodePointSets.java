package pyt.nodes.str;

import com.oracle.truffle.api.strings.TruffleString;

import pyt.runtime.PyStrings;

/**
 * The code point sets str methods search for with {@link TruffleString.ByteIndexOfCodePointSetNode},
 * as inclusive ranges that match {@code pyt.runtime.text.UnicodeProps}.
 */
final class CodePointSets {
    private CodePointSets() {
    }

    /** {@code Py_UNICODE_ISSPACE}: what {@code split()} and {@code strip()} separate on. */
    static final TruffleString.CodePointSet WHITESPACE = TruffleString.CodePointSet.fromRanges(new int[]{
                    0x09, 0x0D, 0x1C, 0x20, 0x85, 0x85, 0xA0, 0xA0, 0x1680, 0x1680, 0x2000, 0x200A,
                    0x2028, 0x2029, 0x202F, 0x202F, 0x205F, 0x205F, 0x3000, 0x3000}, PyStrings.ENCODING);

    /** {@code Py_UNICODE_ISLINEBREAK}: the boundaries of {@code splitlines()}. */
    static final TruffleString.CodePointSet LINE_BREAKS = TruffleString.CodePointSet.fromRanges(new int[]{
                    0x0A, 0x0D, 0x1C, 0x1E, 0x85, 0x85, 0x2028, 0x2029}, PyStrings.ENCODING);

    static final TruffleString.CodePointSet ASCII_UPPER = TruffleString.CodePointSet.fromRanges(new int[]{'A', 'Z'}, PyStrings.ENCODING);

    static final TruffleString.CodePointSet ASCII_LOWER = TruffleString.CodePointSet.fromRanges(new int[]{'a', 'z'}, PyStrings.ENCODING);

    /** A UTF-32 byte index from a code point index: TruffleString's byte-index nodes take these. */
    static int byteIndex(int codePointIndex) {
        return codePointIndex << 2;
    }

    /** The code point index of a UTF-32 byte index, or -1 for "not found". */
    static int codePointIndex(int byteIndex) {
        return byteIndex < 0 ? -1 : byteIndex >> 2;
    }
}
