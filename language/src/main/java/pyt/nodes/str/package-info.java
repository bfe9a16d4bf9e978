/**
 * The str methods that programs run on large texts, written on TruffleStrings with cached
 * TruffleString nodes, so no {@code java.lang.String} copy of the text is made and the searches
 * use TruffleString's vectorized loops. Each node works on plain TruffleStrings; the builtins in
 * {@code pyt.builtins} check and unbox the arguments and use the cached node on their fast path
 * and its uncached version on the generic one. The rest of {@code str} is in
 * {@code pyt.runtime.text}, on Java strings.
 */
package pyt.nodes.str;
