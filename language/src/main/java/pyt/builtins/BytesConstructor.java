package pyt.builtins;

import java.math.BigInteger;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.runtime.PyBytes;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.PyType;

/** {@code bytes(...)} and the hash of bytes: what bytes does not share with bytearray. */
@BuiltinClass(name = "bytes")
public final class BytesConstructor {
    private BytesConstructor() {
    }

    /**
     * The contents {@code bytes(source, encoding, errors)} and {@code bytearray(...)} start with:
     * nothing, an encoded str, a count of zero bytes, a copy of a bytes-like object, or an
     * iterable of ints in range(256).
     */
    @TruffleBoundary
    static byte[] contents(Object source, Object encoding, Object errors, String what) {
        if (source == PyNone.NO_VALUE) {
            return new byte[0];
        }
        if (source instanceof TruffleString s) {
            if (encoding == PyNone.NO_VALUE) {
                throw PyErrors.typeError(null, "string argument without an encoding");
            }
            String err = errors == PyNone.NO_VALUE ? "strict" : BuiltinHelpers.str(errors, what + "() argument 'errors'");
            return StrFormatBuiltins.encode(PyStrings.toJava(s), BuiltinHelpers.str(encoding, what + "() argument 'encoding'"), err);
        }
        if (encoding != PyNone.NO_VALUE || errors != PyNone.NO_VALUE) {
            throw PyErrors.typeError(null, encoding != PyNone.NO_VALUE ? "encoding without a string argument" : "errors without a string argument");
        }
        byte[] copy = BytesBuiltins.bytesOrNull(source);
        if (copy != null) {
            // a bytes object hands out its own array, which a bytearray must not share
            return source instanceof PyBytes ? copy.clone() : copy;
        }
        if (source instanceof Long || source instanceof BigInteger || source instanceof Boolean) {
            long n = BuiltinHelpers.asSize(source);
            if (n < 0) {
                throw PyErrors.valueError(null, "negative count");
            }
            return new byte[(int) n];
        }
        return BytesBuiltins.fromIterable(source);
    }

    @Builtin(name = "__new__", signature = "(cls, source=_, encoding=_, errors=_)")
    @GenerateNodeFactory
    public abstract static class NewNode extends PytBuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object create(Object cls, Object source, Object encoding, Object errors) {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(BuiltinHelpers.types().bytes)) {
                throw PyErrors.typeError(null, "bytes.__new__(X): X is not a subtype of bytes");
            }
            if (t != BuiltinHelpers.types().bytes) {
                throw PyErrors.raise(null, pyt.runtime.PyErr.NotImplementedError, "bytes.__new__: subclasses of bytes are not supported yet");
            }
            if (source instanceof PyBytes b && encoding == PyNone.NO_VALUE && errors == PyNone.NO_VALUE) {
                return b;
            }
            return new PyBytes(contents(source, encoding, errors, "bytes"));
        }
    }

    @Builtin(name = "__hash__", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class HashNode extends PytBuiltinNode.Unary {
        @Specialization
        static long hash(Object self) {
            return Arrays.hashCode(BytesBuiltins.bytes(self, "__hash__"));
        }
    }
}
