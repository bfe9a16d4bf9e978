package pyt.runtime;

/** Converts primitive values arriving from the host or other languages into pyt's representations. */
public final class HostValues {
    private HostValues() {
    }

    /** See {@link pyt.interop.InteropValues#toPython}: also foreign numbers, strings, nulls and wrapped big ints. */
    public static Object toPython(Object value) {
        return pyt.interop.InteropValues.toPython(value);
    }

    public static Object[] toPython(Object[] values) {
        Object[] result = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = toPython(values[i]);
        }
        return result;
    }
}
