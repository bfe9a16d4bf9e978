/**
 * The pure-Java numeric semantics of Python's {@code int}, {@code float} and {@code complex}:
 * static methods on plain Java values, no Truffle nodes, so that nodes, builtins and interop
 * share one implementation of each operation.
 * <ul>
 * <li>An int is a {@code Long} when it fits, else a {@link java.math.BigInteger}; results are
 * always normalized ({@link pyt.runtime.numbers.IntOps#normalize}). A float is a {@code double};
 * a complex a pair of doubles ({@code double[]{re, im}} as results).</li>
 * <li>Errors are {@link pyt.runtime.numbers.NumericError}s naming the Python exception type and
 * carrying CPython 3.11's exact message; the runtime turns them into Python exceptions.</li>
 * <li>Everything that allocates big integers, formats or parses is a {@code @TruffleBoundary}.</li>
 * <li>The tests run CPython ({@code python3}) as the oracle on generated inputs.</li>
 * </ul>
 */
package pyt.runtime.numbers;
