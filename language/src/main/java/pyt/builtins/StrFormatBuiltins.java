package pyt.builtins;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import pyt.nodes.call.CallDispatchNode;
import pyt.nodes.lib.PyObjectFormatNode;
import pyt.nodes.lib.PyObjectGetAttrNode;
import pyt.nodes.lib.PyObjectGetItemNode;
import pyt.nodes.lib.PyObjectReprNode;
import pyt.nodes.lib.PyObjectStrNode;
import pyt.runtime.PyBytes;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyException;
import pyt.runtime.PyList;
import pyt.runtime.PyNone;
import pyt.runtime.PySingleton;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;
import pyt.runtime.numbers.FloatOps;
import pyt.runtime.numbers.FormatSpec;
import pyt.runtime.numbers.IntOps;
import pyt.runtime.text.PercentFormat;
import pyt.runtime.text.StrFormat;
import pyt.runtime.text.StrRepr;

/** Methods of {@code str} about formatting and encoding: format, %, maketrans, translate, encode. */
@BuiltinClass(name = "str")
public final class StrFormatBuiltins {
    private StrFormatBuiltins() {
    }

    /** What the text library's formatters need from the object model. */
    public static class Callbacks implements PercentFormat.Callbacks, StrFormat.Callbacks {
        public static final Callbacks INSTANCE = new Callbacks();

        @Override
        public String str(Object v) {
            return PyObjectStrNode.strUncached(v);
        }

        @Override
        public String repr(Object v) {
            return PyObjectReprNode.reprUncached(v);
        }

        @Override
        public String ascii(Object v) {
            return BuiltinFunctions.asciiOf(v);
        }

        @Override
        public String strValue(Object v) {
            return v instanceof TruffleString s ? PyStrings.toJava(s) : null;
        }

        @Override
        public String typeName(Object v) {
            return BuiltinHelpers.typeName(v);
        }

        @Override
        public boolean isTuple(Object v) {
            return v instanceof PyTuple;
        }

        @Override
        public Object[] tupleItems(Object tuple) {
            return ((PyTuple) tuple).items();
        }

        @Override
        public boolean isMapping(Object v) {
            if (v instanceof TruffleString) {
                return false;
            }
            if (v instanceof PyDict || v instanceof PyList || v instanceof PyTuple) {
                return true;
            }
            return BuiltinHelpers.types().typeOf(v).lookup("__getitem__") != null;
        }

        @Override
        public Object getItem(Object mapping, String key) {
            return PyObjectGetItemNode.getItemUncached(mapping, PyStrings.of(key));
        }

        @Override
        public Object getItem(Object obj, Object key) {
            return PyObjectGetItemNode.getItemUncached(obj, key instanceof String s ? PyStrings.of(s) : key);
        }

        @Override
        public Object getAttr(Object obj, String name) {
            return PyObjectGetAttrNode.getUncached(obj, name);
        }

        @Override
        public String formatValue(Object value, String spec) {
            return PyObjectFormatNode.formatUncached(value instanceof String s ? PyStrings.of(s) : value, spec);
        }

        @Override
        public Object exactInt(Object v) {
            if (v instanceof Long || v instanceof BigInteger) {
                return v;
            } else if (v instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            return null;
        }

        @Override
        public Object index(Object v) {
            return BuiltinHelpers.indexOrNull(v);
        }

        @Override
        public Object toInt(Object v) {
            Object exact = exactInt(v);
            if (exact != null) {
                return exact;
            }
            if (v instanceof Double d) {
                return FloatOps.trunc(d);
            }
            PyType type = BuiltinHelpers.types().typeOf(v);
            Object m = type.lookup("__int__");
            if (m == null) {
                m = type.lookup("__index__");
            }
            if (m == null) {
                return type.lookup("__float__") == null ? null : IntConstructor.toInt(v);
            }
            return CallDispatchNode.callUncached(m, v);
        }

        @Override
        public Double toFloat(Object v) {
            if (v instanceof Double d) {
                return d;
            }
            Object exact = exactInt(v);
            if (exact != null) {
                return IntOps.toDouble(exact);
            }
            PyType type = BuiltinHelpers.types().typeOf(v);
            if (type.lookup("__float__") == null && type.lookup("__index__") == null) {
                return null;
            }
            return FloatConstructor.toFloat(v);
        }
    }

    @Builtin(name = "format", signature = "(self, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class FormatNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object format(Object self, Object args, Object kwargs) {
            String template = StrBuiltins.self(self, "format");
            Map<String, Object> kw = null;
            if (kwargs instanceof PyDict d && d.size() > 0) {
                kw = new LinkedHashMap<>();
                for (Object[] e : d.entries()) {
                    kw.put(PyStrings.toJava((TruffleString) e[0]), e[1]);
                }
            }
            Map<String, Object> kwFinal = kw;
            return PyStrings.of(StrBuiltins.guarded(() -> StrFormat.format(template, ((PyTuple) args).items(), kwFinal, Callbacks.INSTANCE)));
        }
    }

    @Builtin(name = "format_map", signature = "(self, mapping, /)")
    @GenerateNodeFactory
    public abstract static class FormatMapNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object formatMap(Object self, Object mapping) {
            String template = StrBuiltins.self(self, "format_map");
            return PyStrings.of(StrBuiltins.guarded(() -> StrFormat.formatMap(template, mapping, Callbacks.INSTANCE)));
        }
    }

    @Builtin(name = "__format__", signature = "(self, format_spec, /)")
    @GenerateNodeFactory
    public abstract static class DunderFormatNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object format(Object self, Object spec) {
            String s = StrBuiltins.self(self, "__format__");
            String f = BuiltinHelpers.str(spec, "__format__() argument");
            return PyStrings.of(StrBuiltins.guarded(() -> FormatSpec.formatString(s, FormatSpec.parse(f, "str", 's', '<'), "str")));
        }
    }

    @Builtin(name = "__mod__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class ModNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object mod(Object self, Object value) {
            String template = StrBuiltins.self(self, "__mod__");
            return PyStrings.of(StrBuiltins.guarded(() -> PercentFormat.format(template, value, Callbacks.INSTANCE)));
        }
    }

    @Builtin(name = "__rmod__", signature = "(self, value, /)")
    @GenerateNodeFactory
    public abstract static class RModNode extends PytBuiltinNode.Binary {
        @Specialization
        static Object rmod(Object self, @SuppressWarnings("unused") Object value) {
            StrBuiltins.self(self, "__rmod__");
            return PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "maketrans", signature = "(x, y=_, z=_, /)", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class MaketransNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object maketrans(Object x, Object y, Object z) {
            PyDict result = new PyDict();
            if (y == PyNone.NO_VALUE) {
                if (!(x instanceof PyDict d)) {
                    throw PyErrors.typeError(null, StrRepr.MAKETRANS_ONE_ARG);
                }
                for (Object[] e : d.entries()) {
                    Object key;
                    if (e[0] instanceof TruffleString s) {
                        String k = PyStrings.toJava(s);
                        key = (long) StrBuiltins.guarded(() -> StrRepr.maketransKey(k));
                    } else if (e[0] instanceof Long || e[0] instanceof BigInteger || e[0] instanceof Boolean) {
                        key = BuiltinHelpers.index(e[0]);
                    } else {
                        throw PyErrors.typeError(null, StrRepr.MAKETRANS_KEY_TYPE);
                    }
                    result.put(key, e[1]);
                }
                return result;
            }
            String xs = BuiltinHelpers.str(x, "maketrans() argument 1");
            if (!(y instanceof TruffleString)) {
                throw PyErrors.typeError(null, StrRepr.MAKETRANS_SECOND_ARG, BuiltinHelpers.typeName(y));
            }
            String ys = PyStrings.toJava((TruffleString) y);
            String zs = z == PyNone.NO_VALUE ? null : BuiltinHelpers.str(z, "maketrans() argument 3");
            Map<Integer, Object> table = StrBuiltins.guarded(() -> StrRepr.maketrans(xs, ys, zs));
            for (Map.Entry<Integer, Object> e : table.entrySet()) {
                result.put((long) e.getKey(), e.getValue() == null ? PyNone.NONE : (Object) (long) (Integer) e.getValue());
            }
            return result;
        }
    }

    @Builtin(name = "translate", signature = "(self, table, /)")
    @GenerateNodeFactory
    public abstract static class TranslateNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object translate(Object self, Object table) {
            String s = StrBuiltins.self(self, "translate");
            return PyStrings.of(StrBuiltins.guarded(() -> StrRepr.translate(s, c -> {
                Object v;
                try {
                    v = PyObjectGetItemNode.getItemUncached(table, (long) c);
                } catch (PyException e) {
                    if (e.getPyType().isSubtypeOf(BuiltinHelpers.types().LookupError)) {
                        return StrRepr.KEEP;
                    }
                    throw e;
                }
                if (v == PyNone.NONE) {
                    return null;
                } else if (v instanceof TruffleString t) {
                    return PyStrings.toJava(t);
                } else if (v instanceof Long || v instanceof Boolean || v instanceof BigInteger) {
                    Object i = BuiltinHelpers.index(v);
                    return i instanceof Long l ? l : Long.MAX_VALUE;
                }
                return v;
            })));
        }
    }

    /** The Java charset of a Python encoding name, or null. */
    @TruffleBoundary
    static Charset charset(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-');
        switch (e) {
            case "utf-8", "utf8", "u8", "cp65001":
                return StandardCharsets.UTF_8;
            case "ascii", "us-ascii", "646":
                return StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin":
                return StandardCharsets.ISO_8859_1;
            case "utf-16", "utf16":
                return StandardCharsets.UTF_16;
            case "utf-16-le", "utf-16le":
                return StandardCharsets.UTF_16LE;
            case "utf-16-be", "utf-16be":
                return StandardCharsets.UTF_16BE;
            case "utf-32", "utf32":
                return Charset.forName("UTF-32");
            default:
                return null;
        }
    }

    static String codecName(Charset cs) {
        if (cs == StandardCharsets.UTF_8) {
            return "utf-8";
        } else if (cs == StandardCharsets.US_ASCII) {
            return "ascii";
        } else if (cs == StandardCharsets.ISO_8859_1) {
            return "latin-1";
        }
        return cs.name().toLowerCase();
    }

    @TruffleBoundary
    static byte[] encode(String s, String encoding, String errors) {
        Charset cs = charset(encoding);
        if (cs == null) {
            throw PyErrors.raise(null, BuiltinHelpers.types().LookupError, "unknown encoding: " + encoding);
        }
        if (cs == StandardCharsets.US_ASCII || cs == StandardCharsets.ISO_8859_1) {
            int limit = cs == StandardCharsets.US_ASCII ? 0x80 : 0x100;
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
            int pos = 0;
            for (int i = 0; i < s.length(); pos++) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                if (c < limit) {
                    out.write(c);
                } else if (errors.equals("ignore")) {
                    continue;
                } else if (errors.equals("replace")) {
                    out.write('?');
                } else {
                    throw UnicodeErrors.encodeError(codecName(cs), s, pos, pos + 1, "ordinal not in range(" + limit + ")");
                }
            }
            return out.toByteArray();
        }
        if (cs == StandardCharsets.UTF_16 || cs.name().equals("UTF-32")) {
            // Python's "utf-16"/"utf-32" are little-endian with a byte order mark
            boolean wide = cs != StandardCharsets.UTF_16;
            byte[] body = s.getBytes(wide ? Charset.forName("UTF-32LE") : StandardCharsets.UTF_16LE);
            byte[] bom = wide ? new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0} : new byte[]{(byte) 0xFF, (byte) 0xFE};
            byte[] result = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, result, 0, bom.length);
            System.arraycopy(body, 0, result, bom.length, body.length);
            return result;
        }
        return s.getBytes(cs);
    }

    @TruffleBoundary
    static String decode(byte[] input, String encoding, String errors) {
        byte[] bytes = input;
        Charset cs = charset(encoding);
        if (cs == null) {
            throw PyErrors.raise(null, BuiltinHelpers.types().LookupError, "unknown encoding: " + encoding);
        }
        if (cs == StandardCharsets.UTF_16 && !(bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            cs = StandardCharsets.UTF_16LE;
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
                bytes = java.util.Arrays.copyOfRange(bytes, 2, bytes.length);
            }
        } else if (cs.name().equals("UTF-32")) {
            cs = Charset.forName("UTF-32LE");
            if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE && bytes[2] == 0 && bytes[3] == 0) {
                bytes = java.util.Arrays.copyOfRange(bytes, 4, bytes.length);
            }
        }
        CharsetDecoder decoder = cs.newDecoder();
        CodingErrorAction action = errors.equals("ignore") ? CodingErrorAction.IGNORE
                        : errors.equals("replace") ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
        decoder.onMalformedInput(action).onUnmappableCharacter(action);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            int pos = 0;
            CharsetDecoder probe = cs.newDecoder();
            for (int n = 1; n <= bytes.length; n++) {
                try {
                    probe.reset().decode(ByteBuffer.wrap(bytes, 0, n));
                    pos = n;
                } catch (CharacterCodingException inner) {
                    // keep the last good prefix
                }
            }
            int end = pos + 1;
            String reason = "invalid start byte";
            if (cs == StandardCharsets.US_ASCII) {
                reason = "ordinal not in range(128)";
            } else if (cs == StandardCharsets.UTF_8) {
                Object[] failure = UnicodeErrors.utf8Failure(bytes, pos);
                end = (int) failure[0];
                reason = (String) failure[1];
            }
            throw UnicodeErrors.decodeError(codecName(cs), bytes, pos, end, reason);
        }
    }

    @Builtin(name = "encode", signature = "(self, /, encoding='utf-8', errors='strict')")
    @GenerateNodeFactory
    public abstract static class EncodeNode extends PytBuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object encode(Object self, Object encoding, Object errors) {
            String s = StrBuiltins.self(self, "encode");
            String enc = BuiltinHelpers.str(encoding, "encode() argument 'encoding'");
            String err = BuiltinHelpers.str(errors, "encode() argument 'errors'");
            return new PyBytes(StrFormatBuiltins.encode(s, enc, err));
        }
    }
}
