package pyt.interop;

/**
 * Carries a Python value whose Java class has no interop exports of its own across the
 * boundary (a safety net: {@link InteropValues#toInterop} never hands out a non-interop
 * value). Unwrapped when it comes back.
 */
public final class InteropWrapper extends InteropObject {
    private final Object value;

    InteropWrapper(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }

    @Override
    protected Object pythonValue() {
        return value;
    }
}
