package pyt.runtime;

/** The builtin exception classes Java code raises, by name. */
public enum PyErr {
    TypeError, ValueError, IndexError, KeyError, AttributeError, NameError, UnboundLocalError,
    ZeroDivisionError, OverflowError, RecursionError, RuntimeError, NotImplementedError, StopIteration,
    AssertionError, SystemExit, ImportError, ModuleNotFoundError, LookupError, OSError, FileNotFoundError,
    UnicodeDecodeError, UnicodeEncodeError, EOFError, KeyboardInterrupt, SyntaxError, MemoryError, SystemError;

    public PyType get(BuiltinTypes types) {
        return types.byName(name());
    }
}
