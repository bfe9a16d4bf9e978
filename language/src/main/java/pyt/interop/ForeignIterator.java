package pyt.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;

import pyt.runtime.PyIterator;

/** A Python iterator over a foreign iterator, or over a foreign array by index. */
final class ForeignIterator extends PyIterator {
    private final Object foreign;
    private final boolean array;
    private long index;

    ForeignIterator(Object foreign, boolean array) {
        this.foreign = foreign;
        this.array = array;
    }

    @Override
    @TruffleBoundary
    public Object next() {
        InteropLibrary interop = InteropLibrary.getUncached(foreign);
        try {
            if (array) {
                if (index >= interop.getArraySize(foreign)) {
                    return null;
                }
                return InteropValues.toPython(interop.readArrayElement(foreign, index++));
            }
            if (!interop.hasIteratorNextElement(foreign)) {
                return null;
            }
            return InteropValues.toPython(interop.getIteratorNextElement(foreign));
        } catch (StopIterationException e) {
            return null;
        } catch (InteropException e) {
            throw ForeignExceptions.toPython(e, foreign, "iteration");
        } catch (AbstractTruffleException e) {
            throw ForeignExceptions.toPython(e);
        }
    }
}
