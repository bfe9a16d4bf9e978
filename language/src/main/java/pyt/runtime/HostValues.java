package pyt.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Converts primitive values arriving from the host or other languages into pyt's representations. */
public final class HostValues {
    private HostValues() {
    }

    @TruffleBoundary
    public static Object toPython(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        } else if (value instanceof Float f) {
            return f.doubleValue();
        } else if (value instanceof String s) {
            return PyStrings.of(s);
        } else if (value instanceof Character c) {
            return PyStrings.of(String.valueOf(c));
        }
        return value;
    }

    public static Object[] toPython(Object[] values) {
        Object[] result = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = toPython(values[i]);
        }
        return result;
    }
}
