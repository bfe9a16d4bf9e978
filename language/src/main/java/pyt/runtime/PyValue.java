package pyt.runtime;

/**
 * Implemented by Java classes of Python objects that know their own Python class (dicts, sets,
 * iterators, ...), so {@link BuiltinTypes#typeOf} needs no new branch for each.
 */
public interface PyValue {
    PyType getPyType(BuiltinTypes types);
}
