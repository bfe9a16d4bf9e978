package pyt.nodes.str;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.runtime.PyStrings;
import pyt.runtime.text.UnicodeProps;

/**
 * {@code str.strip}, {@code lstrip} and {@code rstrip}: {@code chars == null} strips whitespace.
 * Like CPython, a string with nothing to strip is returned as it is. A call site that always
 * strips the same Latin-1 {@code chars} (a constant, typically) looks characters up in a table
 * made once instead of searching {@code chars} for each.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class StrStripNode extends Node {
    public abstract TruffleString execute(TruffleString s, TruffleString chars, boolean left, boolean right);

    @Specialization(guards = {"chars == cachedChars", "table != null"}, limit = "2")
    static TruffleString stripTable(TruffleString s, @SuppressWarnings("unused") TruffleString chars, boolean left, boolean right,
                    @SuppressWarnings("unused") @Cached("chars") TruffleString cachedChars,
                    @Cached(value = "latin1Table(chars)", dimensions = 1) boolean[] table,
                    @Shared @Cached TruffleString.CodePointLengthNode length,
                    @Shared @Cached TruffleString.CodePointAtIndexNode codePointAt,
                    @Shared @Cached TruffleString.IndexOfCodePointNode indexOfChar,
                    @Shared @Cached TruffleString.SubstringNode substring) {
        return strip(s, null, table, left, right, length, codePointAt, indexOfChar, substring);
    }

    @Specialization(replaces = "stripTable")
    static TruffleString strip(TruffleString s, TruffleString chars, boolean left, boolean right,
                    @Shared @Cached TruffleString.CodePointLengthNode length,
                    @Shared @Cached TruffleString.CodePointAtIndexNode codePointAt,
                    @Shared @Cached TruffleString.IndexOfCodePointNode indexOfChar,
                    @Shared @Cached TruffleString.SubstringNode substring) {
        return strip(s, chars, null, left, right, length, codePointAt, indexOfChar, substring);
    }

    /** Which Latin-1 characters {@code chars} holds, or null when it has others (or is null). */
    static boolean[] latin1Table(TruffleString chars) {
        if (chars == null) {
            return null;
        }
        boolean[] table = new boolean[256];
        int n = PyStrings.length(chars);
        for (int i = 0; i < n; i++) {
            int c = chars.codePointAtIndexUncached(i, PyStrings.ENCODING);
            if (c >= table.length) {
                return null;
            }
            table[c] = true;
        }
        return table;
    }

    /** Strips the characters in {@code table} if it is given, else those in {@code chars}. */
    private static TruffleString strip(TruffleString s, TruffleString chars, boolean[] table, boolean left, boolean right,
                    TruffleString.CodePointLengthNode length, TruffleString.CodePointAtIndexNode codePointAt,
                    TruffleString.IndexOfCodePointNode indexOfChar, TruffleString.SubstringNode substring) {
        int n = length.execute(s, PyStrings.ENCODING);
        int charCount = chars == null ? 0 : length.execute(chars, PyStrings.ENCODING);
        int i = 0;
        int j = n;
        if (left) {
            while (i < j && stripped(codePointAt.execute(s, i, PyStrings.ENCODING), chars, charCount, table, indexOfChar)) {
                i++;
            }
        }
        if (right) {
            while (j > i && stripped(codePointAt.execute(s, j - 1, PyStrings.ENCODING), chars, charCount, table, indexOfChar)) {
                j--;
            }
        }
        if (i == 0 && j == n) {
            return s;
        }
        return substring.execute(s, i, j - i, PyStrings.ENCODING, false);
    }

    private static boolean stripped(int c, TruffleString chars, int charCount, boolean[] table, TruffleString.IndexOfCodePointNode indexOfChar) {
        if (table != null) {
            return c < table.length && table[c];
        } else if (chars == null) {
            return UnicodeProps.isSpace(c);
        }
        return charCount > 0 && indexOfChar.execute(chars, c, 0, charCount, PyStrings.ENCODING) >= 0;
    }
}
