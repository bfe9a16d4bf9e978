package pyt.runtime;

import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code id()}: a number per live object, handed out on first request. Keyed by Java equality,
 * so equal strings share an id (see docs/dialect.md).
 */
public final class ObjectIds {
    private static final Map<Object, Long> IDS = new WeakHashMap<>();
    private static long next = 0x7f0000001000L;

    private ObjectIds() {
    }

    @TruffleBoundary
    public static synchronized long id(Object value) {
        if (value instanceof Long l) {
            return l * 32 + 0x7f0000000000L;
        }
        return IDS.computeIfAbsent(value, k -> next += 48);
    }
}
