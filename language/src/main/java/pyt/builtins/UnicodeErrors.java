package pyt.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.runtime.BuiltinTypes;
import pyt.runtime.PyBaseException;
import pyt.runtime.PyBytes;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/**
 * UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError as CPython has them: their
 * arguments are ({@code encoding},) {@code object}, {@code start}, {@code end} and
 * {@code reason}, which they expose as attributes and from which {@code str()} builds the message.
 */
final class UnicodeErrors {
    private UnicodeErrors() {
    }

    static PyException decodeError(String encoding, byte[] object, int start, int end, String reason) {
        return PyErrors.raiseWithArgs(null, BuiltinHelpers.types().UnicodeDecodeError, PyStrings.of(encoding), new PyBytes(object),
                        (long) start, (long) end, PyStrings.of(reason));
    }

    static PyException encodeError(String encoding, String object, int start, int end, String reason) {
        return PyErrors.raiseWithArgs(null, BuiltinHelpers.types().UnicodeEncodeError, PyStrings.of(encoding), PyStrings.of(object),
                        (long) start, (long) end, PyStrings.of(reason));
    }

    /** How many arguments the class's constructor takes, or -1 when it is not one of the three. */
    static int arity(PyType t) {
        BuiltinTypes types = BuiltinHelpers.types();
        if (t.isSubtypeOf(types.UnicodeEncodeError) || t.isSubtypeOf(types.UnicodeDecodeError)) {
            return 5;
        }
        return t.isSubtypeOf(types.UnicodeTranslateError) ? 4 : -1;
    }

    /** CPython's check in the constructor: exactly the five (four) arguments. */
    static void checkArguments(PyType t, PyTuple args) {
        int arity = arity(t);
        if (arity > 0 && args.size() != arity) {
            throw PyErrors.typeError(null, "function takes exactly %d arguments (%d given)", arity, args.size());
        }
    }

    /** {@code encoding}, {@code object}, {@code start}, {@code end} or {@code reason}; null for other names. */
    static Object attribute(PyBaseException e, String name) {
        int arity = arity(e.getPyType());
        PyTuple args = e.getArgs();
        if (arity < 0 || args.size() != arity) {
            return null;
        }
        int offset = arity == 5 ? 1 : 0;
        return switch (name) {
            case "encoding" -> arity == 5 ? args.get(0) : null;
            case "object" -> args.get(offset);
            case "start" -> args.get(offset + 1);
            case "end" -> args.get(offset + 2);
            case "reason" -> args.get(offset + 3);
            default -> null;
        };
    }

    /** The message of {@code str(e)}, or null when {@code e} is not a complete Unicode error. */
    @TruffleBoundary
    static String message(PyBaseException e) {
        int arity = arity(e.getPyType());
        PyTuple args = e.getArgs();
        if (arity < 0 || args.size() != arity || !(attribute(e, "start") instanceof Long start) || !(attribute(e, "end") instanceof Long end)) {
            return null;
        }
        String reason = text(attribute(e, "reason"));
        Object object = attribute(e, "object");
        String codec = arity == 5 ? "'" + text(attribute(e, "encoding")) + "' codec can't " : "can't ";
        if (object instanceof PyBytes b) {
            if (start < b.bytes().length && end == start + 1) {
                return String.format("%sdecode byte 0x%02x in position %d: %s", codec, b.bytes()[(int) (long) start] & 0xFF, start, reason);
            }
            return String.format("%sdecode bytes in position %d-%d: %s", codec, start, end - 1, reason);
        }
        String verb = arity == 5 ? "encode" : "translate";
        String s = text(object);
        if (start < s.codePointCount(0, s.length()) && end == start + 1) {
            int c = s.codePointAt(s.offsetByCodePoints(0, (int) (long) start));
            String escaped = c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
            return String.format("%s%s character '%s' in position %d: %s", codec, verb, escaped, start, reason);
        }
        return String.format("%s%s characters in position %d-%d: %s", codec, verb, start, end - 1, reason);
    }

    private static String text(Object value) {
        return value instanceof TruffleString s ? PyStrings.toJava(s) : pyt.nodes.lib.PyObjectStrNode.strUncached(value);
    }

    /**
     * Where and why CPython's UTF-8 decoder stops at {@code pos}: {@code [end, reason]} with the
     * reason "invalid start byte", "invalid continuation byte" or "unexpected end of data".
     */
    static Object[] utf8Failure(byte[] bytes, int pos) {
        int lead = bytes[pos] & 0xFF;
        int needed = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
        if (needed == 0) {
            return new Object[]{pos + 1, "invalid start byte"};
        }
        for (int k = 1; k <= needed; k++) {
            if (pos + k >= bytes.length) {
                return new Object[]{bytes.length, "unexpected end of data"};
            }
            int c = bytes[pos + k] & 0xFF;
            // the second byte's range is narrower after E0, ED, F0 and F4 (no overlong forms, surrogates or > U+10FFFF)
            int low = k == 1 && lead == 0xE0 ? 0xA0 : k == 1 && lead == 0xF0 ? 0x90 : 0x80;
            int high = k == 1 && lead == 0xED ? 0x9F : k == 1 && lead == 0xF4 ? 0x8F : 0xBF;
            if (c < low || c > high) {
                return new Object[]{pos + k, "invalid continuation byte"};
            }
        }
        return new Object[]{pos + 1, "invalid start byte"};
    }
}
