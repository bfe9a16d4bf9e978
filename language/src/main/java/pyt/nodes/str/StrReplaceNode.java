package pyt.nodes.str;

import static pyt.nodes.str.CodePointSets.byteIndex;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringBuilder;

import pyt.runtime.PyStrings;

/**
 * {@code str.replace(old, new, count)} for a non-empty {@code old}; {@code count < 0} replaces
 * all. Returns the string itself when nothing is replaced, as CPython does.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class StrReplaceNode extends Node {
    public abstract TruffleString execute(TruffleString s, TruffleString old, TruffleString replacement, long count);

    @Specialization
    static TruffleString replace(TruffleString s, TruffleString old, TruffleString replacement, long count,
                    @Bind("$node") Node node,
                    @Cached TruffleString.CodePointLengthNode length,
                    @Cached TruffleString.IndexOfStringNode indexOf,
                    @Cached TruffleStringBuilder.AppendSubstringByteIndexNode appendSubstring,
                    @Cached TruffleStringBuilder.AppendStringNode appendString,
                    @Cached TruffleStringBuilder.ToStringNode toString) {
        int n = length.execute(s, PyStrings.ENCODING);
        int oldLength = length.execute(old, PyStrings.ENCODING);
        long max = count < 0 ? Long.MAX_VALUE : count;
        if (max == 0 || oldLength > n) {
            return s;
        }
        int at = indexOf.execute(s, old, 0, n, PyStrings.ENCODING);
        if (at < 0) {
            return s;
        }
        TruffleStringBuilder sb = TruffleStringBuilder.create(PyStrings.ENCODING, n);
        int i = 0;
        long done = 0;
        do {
            appendSubstring.execute(sb, s, byteIndex(i), byteIndex(at - i));
            appendString.execute(sb, replacement);
            i = at + oldLength;
            done++;
        } while (done < max && i <= n - oldLength && (at = indexOf.execute(s, old, i, n, PyStrings.ENCODING)) >= 0);
        appendSubstring.execute(sb, s, byteIndex(i), byteIndex(n - i));
        StrParts.reportLoopCount(node, done);
        return toString.execute(sb);
    }
}
