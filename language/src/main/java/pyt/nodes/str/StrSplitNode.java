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

import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyList;
import pyt.runtime.PyStrings;
import pyt.runtime.text.UnicodeProps;

/**
 * {@code str.split(sep, maxsplit)} after CPython's {@code stringlib/split.h}: a {@code null}
 * separator splits on runs of whitespace and drops leading and trailing whitespace;
 * {@code maxsplit < 0} means no limit.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class StrSplitNode extends Node {
    public abstract PyList execute(TruffleString s, TruffleString sep, long maxsplit);

    @Specialization(guards = "sep == null")
    static PyList whitespace(TruffleString s, @SuppressWarnings("unused") TruffleString sep, long maxsplit,
                    @Bind("$node") Node node,
                    @Cached TruffleString.CodePointLengthNode length,
                    @Cached TruffleString.CodePointAtIndexNode codePointAt,
                    @Cached TruffleString.ByteIndexOfCodePointSetNode indexOfSpace,
                    @Cached TruffleString.SubstringNode substring) {
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        StrParts out = new StrParts();
        int n = length.execute(s, PyStrings.ENCODING);
        int i = 0;
        while (max-- > 0) {
            while (i < n && UnicodeProps.isSpace(codePointAt.execute(s, i, PyStrings.ENCODING))) {
                i++;
            }
            if (i == n) {
                break;
            }
            // the search range must not be empty
            int end = i + 1 < n ? codePointIndex(indexOfSpace.execute(s, byteIndex(i + 1), byteIndex(n), CodePointSets.WHITESPACE)) : -1;
            if (end < 0) {
                end = n;
            }
            out.add(substring.execute(s, i, end - i, PyStrings.ENCODING, false));
            i = end;
        }
        if (i < n) {
            while (i < n && UnicodeProps.isSpace(codePointAt.execute(s, i, PyStrings.ENCODING))) {
                i++;
            }
            if (i != n) {
                out.add(substring.execute(s, i, n - i, PyStrings.ENCODING, false));
            }
        }
        return out.toList(node);
    }

    @Specialization(guards = "sep != null")
    static PyList separator(TruffleString s, TruffleString sep, long maxsplit,
                    @Bind("$node") Node node,
                    @Cached TruffleString.CodePointLengthNode length,
                    @Cached TruffleString.IndexOfStringNode indexOf,
                    @Cached TruffleString.SubstringNode substring) {
        int sepLength = length.execute(sep, PyStrings.ENCODING);
        if (sepLength == 0) {
            throw PyErrors.raise(null, PyErr.ValueError, "empty separator");
        }
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        StrParts out = new StrParts();
        int n = length.execute(s, PyStrings.ENCODING);
        int i = 0;
        int at;
        while (max-- > 0 && i <= n - sepLength && (at = indexOf.execute(s, sep, i, n, PyStrings.ENCODING)) >= 0) {
            out.add(substring.execute(s, i, at - i, PyStrings.ENCODING, false));
            i = at + sepLength;
        }
        out.add(substring.execute(s, i, n - i, PyStrings.ENCODING, false));
        return out.toList(node);
    }
}
