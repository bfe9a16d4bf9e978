package pyt.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pyt.interop.InteropObject;

/**
 * A module and its global variables. Each variable is a {@link GlobalCell}, created on first
 * mention and never removed, so nodes can cache the cell itself.
 */
public final class PyModule extends InteropObject {
    private final String name;
    private final Map<String, GlobalCell> cells = new LinkedHashMap<>();

    public PyModule(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    @TruffleBoundary
    public GlobalCell cell(String key) {
        GlobalCell c = cells.get(key);
        if (c == null) {
            c = new GlobalCell(key);
            cells.put(key, c);
        }
        return c;
    }

    /** The value of a global, or null when unbound. */
    @TruffleBoundary
    public Object get(String key) {
        GlobalCell c = cells.get(key);
        return c == null ? null : c.get();
    }

    @TruffleBoundary
    public void set(String key, Object value) {
        cell(key).set(value);
    }

    /** The bound variables in definition order. */
    @TruffleBoundary
    public Map<String, Object> snapshot() {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<String, GlobalCell> e : cells.entrySet()) {
            Object v = e.getValue().get();
            if (v != null) {
                result.put(e.getKey(), v);
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "<module '" + name + "'>";
    }
}
