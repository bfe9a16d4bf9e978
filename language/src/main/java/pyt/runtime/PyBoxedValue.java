package pyt.runtime;

import com.oracle.truffle.api.object.Shape;

/**
 * An instance of a Python subclass of {@code int}, {@code float} or {@code str}
 * ({@code class Money(int)}). Those builtin values are plain Java values (long, BigInteger,
 * double, TruffleString) that cannot name a class, so a subclass instance is a {@link PyObject},
 * whose shape names the class and holds the instance's attributes, around the builtin value.
 * <p>
 * Operators and builtins meet it as an ordinary instance and go through its class's special
 * methods; the inherited builtin methods receive the value itself as {@code self}
 * ({@code pyt.builtins.BuiltinRootNode}), as CPython's C methods read the value out of the
 * subclass instance.
 */
public final class PyBoxedValue extends PyObject {
    private final Object value;

    public PyBoxedValue(Shape shape, Object value) {
        super(shape);
        this.value = value;
    }

    /** The builtin value: a long or BigInteger, a double, or a TruffleString. */
    public Object value() {
        return value;
    }

    /** {@code value}'s builtin value when it is a boxed subclass instance, else {@code value} itself. */
    public static Object unbox(Object value) {
        return value instanceof PyBoxedValue b ? b.value : value;
    }

    /** {@code value} as an instance of {@code cls}: itself when cls is the builtin class, else boxed. */
    public static Object ofClass(Object value, PyType cls, PyType builtin) {
        return cls == builtin ? value : new PyBoxedValue(cls.getInstanceShape(), value);
    }
}
