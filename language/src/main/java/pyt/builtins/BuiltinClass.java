package pyt.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose nested {@link Builtin} nodes are the methods of the builtin type
 * {@link #name()}, or of each of several types that share an implementation (bytes and
 * bytearray).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BuiltinClass {
    String[] name();
}
