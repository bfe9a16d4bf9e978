package pyt.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a builtin function or a method of a builtin type on the node class that implements
 * it. The node class must also carry {@code @GenerateNodeFactory} and sit in a class annotated
 * {@link BuiltinModule} or {@link BuiltinClass}; {@link BuiltinRegistry} does the rest.
 * <p>
 * {@link #signature()} is written like a Python parameter list, for example
 * {@code "(iterable, /, *, key=None, reverse=False)"}. Defaults may be {@code None}, {@code True},
 * {@code False}, an int, a quoted string, or {@code _} for "not given" ({@code PyNone.NO_VALUE}).
 * The node's execute method receives one argument per parameter, in signature order.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Builtin {
    String name();

    String signature();

    /** For methods of builtin types: a {@code classmethod} receives the class as its first argument. */
    boolean isClassmethod() default false;

    /** For methods of builtin types: a {@code staticmethod} receives no implicit first argument. */
    boolean isStaticmethod() default false;

    /**
     * For methods of builtin types: a read-only data attribute ({@code (5).real}) whose value the
     * node computes from {@code self}; registered as a {@code property} without setter.
     */
    boolean isGetter() default false;

    /**
     * For methods of builtin types: the setter of the data attribute {@link #name()}, whose node
     * receives {@code self} and the value; it joins that attribute's getter in one {@code property}.
     */
    boolean isSetter() default false;

    String doc() default "";
}
