package pyt.runtime.text;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.InternalByteArray;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.runtime.PyStrings;

/**
 * CPython 3.11's hash of {@code str} and {@code bytes} as it is with {@code PYTHONHASHSEED=0}:
 * SipHash-1-3 with a zero key over the object's storage bytes. A {@code str} is hashed in
 * CPython's compact layout: one byte per character if all are below 256, two if all are in the
 * BMP, four otherwise (little-endian). Equal hashes give sets of strings CPython's order.
 */
public final class SipHash {
    private SipHash() {
    }

    @TruffleBoundary
    public static long hash(TruffleString s) {
        int length = PyStrings.length(s);
        if (length == 0) {
            return 0;
        }
        // A UTF-32 TruffleString is stored compacted like CPython's str, and its Latin-1 and
        // UTF-16 views share that storage: those hash without a copy.
        TruffleString.CodeRange range = s.getCodeRangeUncached(PyStrings.ENCODING);
        if (range == TruffleString.CodeRange.ASCII || range == TruffleString.CodeRange.LATIN_1) {
            return hashView(s, TruffleString.Encoding.ISO_8859_1);
        } else if (range == TruffleString.CodeRange.BMP) {
            return hashView(s, TruffleString.Encoding.UTF_16);
        }
        byte[] utf32 = new byte[length * 4];
        s.copyToByteArrayUncached(0, utf32, 0, utf32.length, PyStrings.ENCODING);
        int max = 0;
        for (int i = 0; i < length; i++) {
            max = Math.max(max, codePoint(utf32, i));
        }
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] data = new byte[length * kind];
        for (int i = 0; i < length; i++) {
            int c = codePoint(utf32, i);
            for (int b = 0; b < kind; b++) {
                data[i * kind + b] = (byte) (c >>> (8 * b));
            }
        }
        return hash(data);
    }

    private static long hashView(TruffleString s, TruffleString.Encoding encoding) {
        InternalByteArray bytes = s.switchEncodingUncached(encoding).getInternalByteArrayUncached(encoding);
        return hash(bytes.getArray(), bytes.getOffset(), bytes.getLength());
    }

    /** Code point {@code i} of a UTF-32 array in the platform's (little-endian) byte order. */
    private static int codePoint(byte[] utf32, int i) {
        int o = i * 4;
        return (utf32[o] & 0xff) | (utf32[o + 1] & 0xff) << 8 | (utf32[o + 2] & 0xff) << 16 | (utf32[o + 3] & 0xff) << 24;
    }

    @TruffleBoundary
    public static long hash(byte[] data) {
        return hash(data, 0, data.length);
    }

    /** The hash of {@code n} bytes of {@code data} from {@code start}. */
    private static long hash(byte[] data, int start, int n) {
        if (n == 0) {
            return 0;
        }
        // the key is zero, so the state starts as SipHash's constants
        long[] v = {0x736f6d6570736575L, 0x646f72616e646f6dL, 0x6c7967656e657261L, 0x7465646279746573L};
        int end = start + n;
        int off = start;
        while (end - off >= 8) {
            long m = littleEndian(data, off, 8);
            off += 8;
            v[3] ^= m;
            round(v);
            v[0] ^= m;
        }
        long b = ((long) n << 56) | littleEndian(data, off, end - off);
        v[3] ^= b;
        round(v);
        v[0] ^= b;
        v[2] ^= 0xff;
        round(v);
        round(v);
        round(v);
        long h = (v[0] ^ v[1]) ^ (v[2] ^ v[3]);
        return h == -1 ? -2 : h;
    }

    private static long littleEndian(byte[] data, int off, int count) {
        long r = 0;
        for (int i = 0; i < count; i++) {
            r |= (data[off + i] & 0xffL) << (8 * i);
        }
        return r;
    }

    private static void round(long[] v) {
        v[0] += v[1];
        v[2] += v[3];
        v[1] = Long.rotateLeft(v[1], 13) ^ v[0];
        v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
        v[0] = Long.rotateLeft(v[0], 32);
        v[2] += v[1];
        v[0] += v[3];
        v[1] = Long.rotateLeft(v[1], 17) ^ v[2];
        v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
        v[2] = Long.rotateLeft(v[2], 32);
    }
}
