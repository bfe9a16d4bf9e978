/**
 * The pure-Java semantics of Python's {@code str}: plain static methods on {@code java.lang.String}
 * (the runtime converts from and to TruffleString at the call), each behind a
 * {@code @TruffleBoundary}.
 *
 * <ul>
 * <li>{@link pyt.runtime.text.CodePoints}: length, indexing, slicing and ordering by code point,
 * and the index convention for {@code start}/{@code end} arguments.</li>
 * <li>{@link pyt.runtime.text.StrMethods}: find/count/startswith, padding, replace, join,
 * partition, zfill, expandtabs...; {@link pyt.runtime.text.StrSplit}: split, rsplit, splitlines;
 * {@link pyt.runtime.text.StrCase}: case mappings and the {@code is*} predicates;
 * {@link pyt.runtime.text.StrRepr}: repr, ascii, maketrans, translate.</li>
 * <li>{@link pyt.runtime.text.PercentFormat} (with {@link pyt.runtime.text.PrintfFloat}):
 * {@code str % args}; {@link pyt.runtime.text.StrFormat}: {@code str.format} and
 * {@code format_map}. Formatting one str with a spec is
 * {@code pyt.runtime.numbers.FormatSpec.formatString}.</li>
 * <li>{@link pyt.runtime.text.UnicodeProps}: CPython's character properties per code point.</li>
 * </ul>
 *
 * The str methods programs run on large texts (split, splitlines, strip, replace, count, join,
 * ASCII lower/upper) are TruffleString nodes in {@code pyt.nodes.str} instead, which need no
 * Java string copy; {@code bytes} still uses this package's split and replace.
 *
 * Errors are {@link pyt.runtime.text.TextError}s naming the Python exception and CPython 3.11's
 * message. The tests compare every method with {@code python3} itself on generated inputs.
 */
package pyt.runtime.text;
