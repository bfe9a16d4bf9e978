package pyt.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The primitive types nodes specialize on: Python {@code bool}, {@code int} while it fits a
 * long, and {@code float}. Everything else travels as Object.
 */
@TypeSystem({boolean.class, long.class, double.class})
public abstract class PytTypes {
}
