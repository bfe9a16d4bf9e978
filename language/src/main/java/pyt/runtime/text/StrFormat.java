package pyt.runtime.text;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The template engine of {@code str.format} and {@code str.format_map}, after CPython 3.11's
 * {@code Objects/stringlib/unicode_format.h}: literal text with {@code {{ }}} escapes, replacement
 * fields {@code {name!conv:spec}} with automatic or manual numbering, attribute ({@code .name})
 * and item ({@code [key]}) access, and one level of nested fields inside the spec. Formatting
 * a value ({@code format(value, spec)}) and the object model are the runtime's, through
 * {@link Callbacks}.
 */
public final class StrFormat {
    private StrFormat() {
    }

    public interface Callbacks {
        String str(Object v);

        String repr(Object v);

        String ascii(Object v);

        /** {@code getattr(obj, name)}; throws the runtime's AttributeError. */
        Object getAttr(Object obj, String name);

        /** {@code obj[key]} where key is a String or a Long; throws the runtime's errors. */
        Object getItem(Object obj, Object key);

        /** {@code format(value, spec)}. */
        String formatValue(Object value, String spec);
    }

    /** {@code template.format(*args, **kwargs)}; {@code kwargs} may be null. */
    @TruffleBoundary
    public static String format(String template, Object[] args, Map<String, Object> kwargs, Callbacks cb) {
        return new Engine(args, kwargs, null, cb).build(template, 2);
    }

    /** {@code template.format_map(mapping)}: names are looked up with {@code mapping[name]}. */
    @TruffleBoundary
    public static String formatMap(String template, Object mapping, Callbacks cb) {
        return new Engine(null, null, mapping, cb).build(template, 2);
    }

    private static final class Engine {
        private final Object[] args;
        private final Map<String, Object> kwargs;
        private final Object mapping;
        private final Callbacks cb;
        /** 0: no numbered field yet; 1: automatic; 2: manual. */
        private int numbering;
        private long nextAuto;

        Engine(Object[] args, Map<String, Object> kwargs, Object mapping, Callbacks cb) {
            this.args = args;
            this.kwargs = kwargs;
            this.mapping = mapping;
            this.cb = cb;
        }

        String build(String template, int depth) {
            if (depth <= 0) {
                throw TextError.value("Max string recursion exceeded");
            }
            int[] s = template.codePoints().toArray();
            StringBuilder out = new StringBuilder(template.length() + 16);
            int pos = 0;
            while (pos < s.length) {
                // literal text up to a brace
                int start = pos;
                int c = 0;
                boolean markup = false;
                while (pos < s.length) {
                    c = s[pos++];
                    if (c == '{' || c == '}') {
                        markup = true;
                        break;
                    }
                }
                boolean atEnd = pos >= s.length;
                int len = pos - start;
                if (c == '}' && markup && (atEnd || s[pos] != '}')) {
                    throw TextError.value("Single '}' encountered in format string");
                }
                if (atEnd && c == '{' && markup) {
                    throw TextError.value("Single '{' encountered in format string");
                }
                if (markup && !atEnd) {
                    if (s[pos] == c) {
                        pos++; // escaped brace: keep one in the literal
                        markup = false;
                    } else {
                        len--;
                    }
                }
                for (int i = start; i < start + len; i++) {
                    out.appendCodePoint(s[i]);
                }
                if (!markup) {
                    continue;
                }
                pos = field(s, pos, out, depth);
            }
            return out.toString();
        }

        /** Parses the field starting after '{' at {@code pos}, renders it, returns the position after it. */
        private int field(int[] s, int pos, StringBuilder out, int depth) {
            int c = 0;
            int nameStart = pos;
            while (pos < s.length) {
                c = s[pos++];
                if (c == '{') {
                    throw TextError.value("unexpected '{' in field name");
                } else if (c == '[') {
                    while (pos < s.length && s[pos] != ']') {
                        pos++;
                    }
                } else if (c == '}' || c == ':' || c == '!') {
                    break;
                }
            }
            String name = new String(s, nameStart, pos - 1 - nameStart);
            int conversion = 0;
            String spec = "";
            boolean expand = false;
            if (c == '!' || c == ':') {
                boolean specFollows = true;
                if (c == '!') {
                    if (pos >= s.length) {
                        throw TextError.value("end of string while looking for conversion specifier");
                    }
                    conversion = s[pos++];
                    if (pos < s.length) {
                        c = s[pos++];
                        if (c == '}') {
                            specFollows = false;
                        } else if (c != ':') {
                            throw TextError.value("expected ':' after conversion specifier");
                        }
                    }
                }
                if (specFollows) {
                    int specStart = pos;
                    int count = 1;
                    boolean closed = false;
                    while (pos < s.length) {
                        c = s[pos++];
                        if (c == '{') {
                            expand = true;
                            count++;
                        } else if (c == '}' && --count == 0) {
                            closed = true;
                            break;
                        }
                    }
                    if (!closed) {
                        throw TextError.value("unmatched '{' in format spec");
                    }
                    spec = new String(s, specStart, pos - 1 - specStart);
                }
            } else if (c != '}') {
                throw TextError.value("expected '}' before end of string");
            }
            render(name, conversion, spec, expand, out, depth);
            return pos;
        }

        private void render(String name, int conversion, String spec, boolean expand, StringBuilder out, int depth) {
            Object value = lookup(name);
            if (conversion != 0) {
                value = switch (conversion) {
                    case 'r' -> cb.repr(value);
                    case 's' -> cb.str(value);
                    case 'a' -> cb.ascii(value);
                    default -> throw TextError.value(conversion > 32 && conversion < 127
                                    ? "Unknown conversion specifier " + (char) conversion
                                    : "Unknown conversion specifier \\x" + Integer.toHexString(conversion));
                };
            }
            if (expand) {
                spec = build(spec, depth - 1);
            }
            out.append(cb.formatValue(value, spec));
        }

        /** {@code get_field_object}: the first part names an argument, the rest walks into it. */
        private Object lookup(String field) {
            int i = 0;
            while (i < field.length() && field.charAt(i) != '.' && field.charAt(i) != '[') {
                i++;
            }
            String first = field.substring(0, i);
            long index = integer(first);
            boolean empty = first.isEmpty();
            if (empty || index >= 0) {
                if (numbering == 0) {
                    numbering = empty ? 1 : 2;
                }
                if (numbering == 2 && empty) {
                    throw TextError.value("cannot switch from manual field specification to automatic field numbering");
                }
                if (numbering == 1 && !empty) {
                    throw TextError.value("cannot switch from automatic field numbering to manual field specification");
                }
                if (empty) {
                    index = nextAuto++;
                }
            }
            Object obj;
            if (index < 0) {
                if (mapping != null) {
                    obj = cb.getItem(mapping, first);
                } else if (kwargs != null && kwargs.containsKey(first)) {
                    obj = kwargs.get(first);
                } else {
                    throw TextError.keyError(first);
                }
            } else {
                if (args == null) {
                    throw TextError.value("Format string contains positional fields");
                }
                if (index >= args.length) {
                    throw TextError.index("Replacement index " + index + " out of range for positional args tuple");
                }
                obj = args[(int) index];
            }
            while (i < field.length()) {
                char c = field.charAt(i++);
                int start = i;
                if (c == '.') {
                    while (i < field.length() && field.charAt(i) != '.' && field.charAt(i) != '[') {
                        i++;
                    }
                    if (i == start) {
                        throw TextError.value("Empty attribute in format string");
                    }
                    obj = cb.getAttr(obj, field.substring(start, i));
                } else if (c == '[') {
                    while (i < field.length() && field.charAt(i) != ']') {
                        i++;
                    }
                    if (i >= field.length()) {
                        throw TextError.value("Missing ']' in format string");
                    }
                    String key = field.substring(start, i++);
                    if (key.isEmpty()) {
                        throw TextError.value("Empty attribute in format string");
                    }
                    long k = integer(key);
                    obj = cb.getItem(obj, k >= 0 ? (Object) k : key);
                } else {
                    throw TextError.value("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            return obj;
        }
    }

    /** CPython's {@code get_integer}: the value of an all-decimal-digit string, else -1. */
    private static long integer(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long acc = 0;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int d = UnicodeProps.isDecimal(c) ? Character.digit(c, 10) : -1;
            if (d < 0) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw TextError.value("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }
}
