package pyt.nodes.str;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.runtime.PyStrings;
import pyt.runtime.text.UnicodeProps;

/**
 * {@code str.strip}, {@code lstrip} and {@code rstrip}: {@code chars == null} strips whitespace.
 * Like CPython, a string with nothing to strip is returned as it is.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class StrStripNode extends Node {
    public abstract TruffleString execute(TruffleString s, TruffleString chars, boolean left, boolean right);

    @Specialization
    static TruffleString strip(TruffleString s, TruffleString chars, boolean left, boolean right,
                    @Cached TruffleString.CodePointLengthNode length,
                    @Cached TruffleString.CodePointAtIndexNode codePointAt,
                    @Cached TruffleString.IndexOfCodePointNode indexOfChar,
                    @Cached TruffleString.SubstringNode substring) {
        int n = length.execute(s, PyStrings.ENCODING);
        int charCount = chars == null ? 0 : length.execute(chars, PyStrings.ENCODING);
        int i = 0;
        int j = n;
        if (left) {
            while (i < j && stripped(codePointAt.execute(s, i, PyStrings.ENCODING), chars, charCount, indexOfChar)) {
                i++;
            }
        }
        if (right) {
            while (j > i && stripped(codePointAt.execute(s, j - 1, PyStrings.ENCODING), chars, charCount, indexOfChar)) {
                j--;
            }
        }
        if (i == 0 && j == n) {
            return s;
        }
        return substring.execute(s, i, j - i, PyStrings.ENCODING, false);
    }

    private static boolean stripped(int c, TruffleString chars, int charCount, TruffleString.IndexOfCodePointNode indexOfChar) {
        if (chars == null) {
            return UnicodeProps.isSpace(c);
        }
        return charCount > 0 && indexOfChar.execute(chars, c, 0, charCount, PyStrings.ENCODING) >= 0;
    }
}
