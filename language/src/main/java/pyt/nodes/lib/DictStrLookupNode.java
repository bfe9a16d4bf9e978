package pyt.nodes.lib;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.runtime.DictKey;
import pyt.runtime.PyDict;
import pyt.runtime.PyStrings;

/**
 * Finds a str key's entry in a dict within compiled code: the string's cached hash code and the
 * probe loop inline, with no boundary call. Returns what {@link PyDict#findStr} does; on
 * {@link PyDict#UNKNOWN} (and for new keys) callers take the dict's generic methods.
 */
@GenerateUncached
public abstract class DictStrLookupNode extends Node {

    public abstract int execute(PyDict dict, TruffleString key);

    @Specialization
    static int find(PyDict dict, TruffleString key,
                    @Cached TruffleString.HashCodeNode hashCode,
                    @Cached TruffleString.EqualNode equal) {
        return dict.findStr(key, DictKey.spread(hashCode.execute(key, PyStrings.ENCODING)), equal);
    }
}
