package pyt.runtime;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

/**
 * An instance of a Python class whose attributes live in its shape ({@code __dict__} in
 * CPython). The shape's dynamic type is the instance's {@link PyType}.
 */
public class PyObject extends DynamicObject {

    public PyObject(Shape shape) {
        super(shape);
    }

    public final PyType getPyType() {
        return (PyType) getShape().getDynamicType();
    }
}
