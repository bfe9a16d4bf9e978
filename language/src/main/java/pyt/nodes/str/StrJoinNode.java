package pyt.nodes.str;

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
 * {@code sep.join(items)} of the first {@code n} of {@code items}, or null when one of them is
 * not a plain str (the caller then raises CPython's error or handles str subclasses). The
 * builder is sized from the lengths up front, so a large join copies the text once into it.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class StrJoinNode extends Node {
    public abstract TruffleString execute(TruffleString sep, Object[] items, int n);

    @Specialization
    static TruffleString join(TruffleString sep, Object[] items, int n,
                    @Bind("$node") Node node,
                    @Cached TruffleString.CodePointLengthNode length,
                    @Cached TruffleStringBuilder.AppendStringNode append,
                    @Cached TruffleStringBuilder.ToStringNode toString) {
        if (n == 1 && items[0] instanceof TruffleString only) {
            return only;
        }
        long total = (long) length.execute(sep, PyStrings.ENCODING) * Math.max(0, n - 1);
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof TruffleString s)) {
                return null;
            }
            total += length.execute(s, PyStrings.ENCODING);
        }
        TruffleStringBuilder sb = TruffleStringBuilder.create(PyStrings.ENCODING, (int) Math.min(Integer.MAX_VALUE - 16, total));
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                append.execute(sb, sep);
            }
            append.execute(sb, (TruffleString) items[i]);
        }
        StrParts.reportLoopCount(node, n);
        return toString.execute(sb);
    }
}
