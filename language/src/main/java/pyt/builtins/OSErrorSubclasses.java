package pyt.builtins;

import pyt.runtime.BuiltinTypes;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/**
 * {@code OSError(errno, strerror, ...)} makes the subclass for that errno, as CPython's
 * {@code OSError.__new__} does; the numbers are Linux's.
 */
final class OSErrorSubclasses {
    private OSErrorSubclasses() {
    }

    /** The class to instantiate for a call of {@code type} with {@code args}. */
    static PyType select(PyType type, PyTuple args, BuiltinTypes types) {
        if (type != types.OSError || args.size() < 2 || args.size() > 5 || !(args.get(0) instanceof Long errno)) {
            return type;
        }
        PyType sub = forErrno(errno, types);
        return sub != null ? sub : type;
    }

    private static PyType forErrno(long errno, BuiltinTypes types) {
        return switch ((int) errno) {
            case 11, 114, 115 -> types.BlockingIOError;      // EAGAIN (EWOULDBLOCK), EALREADY, EINPROGRESS
            case 10 -> types.ChildProcessError;              // ECHILD
            case 32, 108 -> types.BrokenPipeError;           // EPIPE, ESHUTDOWN
            case 103 -> types.ConnectionAbortedError;        // ECONNABORTED
            case 111 -> types.ConnectionRefusedError;        // ECONNREFUSED
            case 104 -> types.ConnectionResetError;          // ECONNRESET
            case 17 -> types.FileExistsError;                // EEXIST
            case 2 -> types.FileNotFoundError;               // ENOENT
            case 21 -> types.IsADirectoryError;              // EISDIR
            case 20 -> types.NotADirectoryError;             // ENOTDIR
            case 4 -> types.InterruptedError;                // EINTR
            case 1, 13 -> types.PermissionError;             // EPERM, EACCES
            case 3 -> types.ProcessLookupError;              // ESRCH
            case 110 -> types.TimeoutError;                  // ETIMEDOUT
            default -> null;
        };
    }
}
