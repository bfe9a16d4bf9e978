package pyt.builtins;

import java.util.function.IntPredicate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * The case conversions and character-class tests of {@code bytes} and {@code bytearray}. Unlike
 * str's, they know only ASCII letters, digits and white space; other bytes are left alone and
 * count as uncased.
 */
@BuiltinClass(name = {"bytes", "bytearray"})
public final class BytesCaseBuiltins {
    private BytesCaseBuiltins() {
    }

    static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAlpha(int c) {
        return isLower(c) || isUpper(c);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static byte toUpper(byte c) {
        return isLower(c) ? (byte) (c - 32) : c;
    }

    static byte toLower(byte c) {
        return isUpper(c) ? (byte) (c + 32) : c;
    }

    /** Whether {@code self} is not empty and every byte passes {@code test}. */
    @TruffleBoundary
    static boolean all(Object self, String method, IntPredicate test) {
        byte[] b = BytesBuiltins.bytes(self, method);
        for (byte x : b) {
            if (!test.test(x & 0xFF)) {
                return false;
            }
        }
        return b.length > 0;
    }

    /** islower/isupper: some cased byte, and none of the other case. */
    @TruffleBoundary
    static boolean cased(Object self, String method, IntPredicate wanted, IntPredicate unwanted) {
        boolean any = false;
        for (byte x : BytesBuiltins.bytes(self, method)) {
            if (unwanted.test(x)) {
                return false;
            }
            any |= wanted.test(x);
        }
        return any;
    }

    @Builtin(name = "upper", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class UpperNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object upper(Object self) {
            byte[] b = BytesBuiltins.bytes(self, "upper").clone();
            for (int i = 0; i < b.length; i++) {
                b[i] = toUpper(b[i]);
            }
            return BytesBuiltins.like(self, b);
        }
    }

    @Builtin(name = "lower", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class LowerNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object lower(Object self) {
            byte[] b = BytesBuiltins.bytes(self, "lower").clone();
            for (int i = 0; i < b.length; i++) {
                b[i] = toLower(b[i]);
            }
            return BytesBuiltins.like(self, b);
        }
    }

    @Builtin(name = "swapcase", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class SwapcaseNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object swapcase(Object self) {
            byte[] b = BytesBuiltins.bytes(self, "swapcase").clone();
            for (int i = 0; i < b.length; i++) {
                b[i] = isLower(b[i]) ? toUpper(b[i]) : toLower(b[i]);
            }
            return BytesBuiltins.like(self, b);
        }
    }

    @Builtin(name = "capitalize", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CapitalizeNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object capitalize(Object self) {
            byte[] b = BytesBuiltins.bytes(self, "capitalize").clone();
            for (int i = 0; i < b.length; i++) {
                b[i] = i == 0 ? toUpper(b[i]) : toLower(b[i]);
            }
            return BytesBuiltins.like(self, b);
        }
    }

    /** Each run of letters starts upper case and continues lower case. */
    @Builtin(name = "title", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class TitleNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object title(Object self) {
            byte[] b = BytesBuiltins.bytes(self, "title").clone();
            boolean previousCased = false;
            for (int i = 0; i < b.length; i++) {
                b[i] = previousCased ? toLower(b[i]) : toUpper(b[i]);
                previousCased = isAlpha(b[i]);
            }
            return BytesBuiltins.like(self, b);
        }
    }

    @Builtin(name = "istitle", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsTitleNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static boolean istitle(Object self) {
            boolean previousCased = false;
            boolean any = false;
            for (byte c : BytesBuiltins.bytes(self, "istitle")) {
                if (isUpper(c)) {
                    if (previousCased) {
                        return false;
                    }
                    previousCased = true;
                    any = true;
                } else if (isLower(c)) {
                    if (!previousCased) {
                        return false;
                    }
                } else {
                    previousCased = false;
                }
            }
            return any;
        }
    }

    @Builtin(name = "islower", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsLowerNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean islower(Object self) {
            return cased(self, "islower", BytesCaseBuiltins::isLower, BytesCaseBuiltins::isUpper);
        }
    }

    @Builtin(name = "isupper", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsUpperNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean isupper(Object self) {
            return cased(self, "isupper", BytesCaseBuiltins::isUpper, BytesCaseBuiltins::isLower);
        }
    }

    @Builtin(name = "isdigit", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsDigitNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean isdigit(Object self) {
            return all(self, "isdigit", BytesCaseBuiltins::isDigit);
        }
    }

    @Builtin(name = "isalpha", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsAlphaNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean isalpha(Object self) {
            return all(self, "isalpha", BytesCaseBuiltins::isAlpha);
        }
    }

    @Builtin(name = "isalnum", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsAlnumNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean isalnum(Object self) {
            return all(self, "isalnum", c -> isAlpha(c) || isDigit(c));
        }
    }

    @Builtin(name = "isspace", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsSpaceNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean isspace(Object self) {
            return all(self, "isspace", BytesTextBuiltins::isSpace);
        }
    }

    @Builtin(name = "isascii", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsAsciiNode extends PytBuiltinNode.Unary {
        @Specialization
        static boolean isascii(Object self) {
            // unlike the other tests, true for an empty string
            return BytesBuiltins.bytes(self, "isascii").length == 0 || all(self, "isascii", c -> c < 0x80);
        }
    }
}
