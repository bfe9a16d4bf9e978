package pyt.nodes.str;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.runtime.PyStrings;

/**
 * {@code str.count(sub, start, end)} with {@code start}/{@code end} already clamped to
 * {@code 0 <= start}, {@code end <= len(s)}: non-overlapping occurrences.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class StrCountNode extends Node {
    public abstract long execute(TruffleString s, TruffleString sub, int start, int end);

    @Specialization
    static long count(TruffleString s, TruffleString sub, int start, int end,
                    @Bind("$node") Node node,
                    @Cached TruffleString.CodePointLengthNode length,
                    @Cached TruffleString.IndexOfStringNode indexOf) {
        if (end < start) {
            return 0;
        }
        int subLength = length.execute(sub, PyStrings.ENCODING);
        if (subLength == 0) {
            return end - start + 1L;
        }
        long found = 0;
        int i = start;
        int at;
        while (i <= end - subLength && (at = indexOf.execute(s, sub, i, end, PyStrings.ENCODING)) >= 0) {
            found++;
            i = at + subLength;
        }
        StrParts.reportLoopCount(node, found);
        return found;
    }
}
