/**
 * The str methods that programs run on large texts, written on TruffleStrings with cached
 * TruffleString nodes, so no {@code java.lang.String} copy of the text is made and the searches
 * use TruffleString's vectorized loops. Each node works on plain TruffleStrings; the builtins in
 * {@code pyt.builtins} use the cached node on their fast path (plain str arguments) and check
 * and unbox the arguments on the generic one, which calls the uncached node or, for the rare
 * cases a node leaves out (non-ASCII case mapping, {@code replace} of an empty string, joining
 * str subclasses or an iterator), {@code pyt.runtime.text}, where the rest of {@code str} lives.
 */
package pyt.nodes.str;
