package pyt.nodes.str;

import static pyt.nodes.str.CodePointSets.byteIndex;
import static pyt.nodes.str.CodePointSets.codePointIndex;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.runtime.PyList;
import pyt.runtime.PyStrings;

/** {@code str.splitlines(keepends)}: lines end at any line break, {@code \r\n} counting as one. */
@GenerateUncached
@GenerateInline(false)
public abstract class StrSplitLinesNode extends Node {
    public abstract PyList execute(TruffleString s, boolean keepends);

    @Specialization
    static PyList splitlines(TruffleString s, boolean keepends,
                    @Bind("$node") Node node,
                    @Cached TruffleString.CodePointLengthNode length,
                    @Cached TruffleString.CodePointAtIndexNode codePointAt,
                    @Cached TruffleString.ByteIndexOfCodePointSetNode indexOfBreak,
                    @Cached TruffleString.SubstringNode substring) {
        StrParts out = new StrParts();
        int n = length.execute(s, PyStrings.ENCODING);
        int i = 0;
        while (i < n) {
            int eol = codePointIndex(indexOfBreak.execute(s, byteIndex(i), byteIndex(n), CodePointSets.LINE_BREAKS));
            if (eol < 0) {
                out.add(substring.execute(s, i, n - i, PyStrings.ENCODING, false));
                break;
            }
            int next = eol + 1;
            if (next < n && codePointAt.execute(s, eol, PyStrings.ENCODING) == '\r' && codePointAt.execute(s, next, PyStrings.ENCODING) == '\n') {
                next++;
            }
            int end = keepends ? next : eol;
            out.add(substring.execute(s, i, end - i, PyStrings.ENCODING, false));
            i = next;
        }
        return out.toList(node);
    }
}
