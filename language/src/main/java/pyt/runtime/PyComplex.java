package pyt.runtime;

import pyt.interop.InteropObject;

/** A {@code complex} number. */
public final class PyComplex extends InteropObject implements PyValue {
    private final double real;
    private final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    public double real() {
        return real;
    }

    public double imag() {
        return imag;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.complex;
    }
}
