package pyt.modules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import pyt.PytContext;
import pyt.builtins.Builtin;
import pyt.builtins.BuiltinHelpers;
import pyt.builtins.BuiltinModule;
import pyt.builtins.PytBuiltinNode;
import pyt.runtime.PyErrors;
import pyt.runtime.PyModule;
import pyt.runtime.PyNone;
import pyt.runtime.PyObject;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.PyType;

/**
 * The calendar half of {@code time}: {@code localtime}, {@code gmtime}, {@code mktime},
 * {@code strftime}, {@code asctime}, {@code ctime}, and {@code struct_time}, a small class of
 * the module whose instances index like a 9-tuple and have the {@code tm_*} attributes.
 */
@BuiltinModule(name = "time")
public final class TimeFormatting {
    static final String STRUCT_TIME_GROUP = "time.struct_time";
    static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};

    private TimeFormatting() {
    }

    /** Adds {@code struct_time} and the time zone constants to a new {@code time} module. */
    @TruffleBoundary
    static PyModule create(PytContext context, PyModule m) {
        PyType structTime = ModuleRegistry.newClass(context, "time", "struct_time", STRUCT_TIME_GROUP);
        m.set("struct_time", structTime);
        ZoneId zone = ZoneId.systemDefault();
        int offset = zone.getRules().getOffset(Instant.now()).getTotalSeconds();
        m.set("timezone", (long) -offset);
        m.set("altzone", (long) -offset);
        m.set("daylight", 0L);
        String name = zone.getDisplayName(TextStyle.SHORT, Locale.ROOT);
        m.set("tzname", PyTuple.of(PyStrings.of(name), PyStrings.of(name)));
        return m;
    }

    static PyType structTimeType() {
        Object t = PytContext.get(null).importBuiltinModule("time").get("struct_time");
        return (PyType) t;
    }

    @TruffleBoundary
    static PyObject structTime(LocalDateTime dt) {
        PyObject o = new PyObject(structTimeType().getInstanceShape());
        long[] v = {dt.getYear(), dt.getMonthValue(), dt.getDayOfMonth(), dt.getHour(), dt.getMinute(), dt.getSecond(),
                        dt.getDayOfWeek().getValue() - 1, dt.getDayOfYear(), 0};
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        for (int i = 0; i < FIELDS.length; i++) {
            lib.put(o, FIELDS[i], v[i]);
        }
        return o;
    }

    /** The nine fields of a struct_time or 9-tuple. */
    @TruffleBoundary
    static long[] fields(Object t) {
        Object[] items;
        if (t instanceof PyObject o && DynamicObjectLibrary.getUncached().containsKey(o, "tm_year")) {
            items = new Object[FIELDS.length];
            for (int i = 0; i < FIELDS.length; i++) {
                items[i] = DynamicObjectLibrary.getUncached().getOrDefault(o, FIELDS[i], 0L);
            }
        } else if (t instanceof PyTuple tuple) {
            items = tuple.items();
        } else {
            throw PyErrors.typeError(null, "Tuple or struct_time argument required");
        }
        if (items.length != 9) {
            throw PyErrors.typeError(null, "time.struct_time() takes a 9-sequence (%d-sequence given)", items.length);
        }
        long[] v = new long[9];
        for (int i = 0; i < 9; i++) {
            v[i] = BuiltinHelpers.asSize(items[i]);
        }
        return v;
    }

    static LocalDateTime toDateTime(long[] v) {
        return LocalDateTime.of((int) v[0], (int) Math.max(1, v[1]), (int) Math.max(1, v[2]), (int) v[3], (int) v[4],
                        (int) Math.min(59, v[5]));
    }

    @TruffleBoundary
    static LocalDateTime at(Object secs, ZoneId zone) {
        double s = secs == PyNone.NO_VALUE || secs == PyNone.NONE ? TimeModule.epochNanos() / 1e9 : MathModule.toDouble(secs);
        long whole = (long) Math.floor(s);
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(whole), zone);
    }

    @Builtin(name = "localtime", signature = "(seconds=None, /)")
    @GenerateNodeFactory
    public abstract static class LocaltimeNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object localtime(Object secs) {
            return structTime(at(secs, ZoneId.systemDefault()));
        }
    }

    @Builtin(name = "gmtime", signature = "(seconds=None, /)")
    @GenerateNodeFactory
    public abstract static class GmtimeNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object gmtime(Object secs) {
            return structTime(at(secs, ZoneOffset.UTC));
        }
    }

    @Builtin(name = "mktime", signature = "(t, /)")
    @GenerateNodeFactory
    public abstract static class MktimeNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object mktime(Object t) {
            ZonedDateTime z = toDateTime(fields(t)).atZone(ZoneId.systemDefault());
            return (double) z.toEpochSecond();
        }
    }

    @TruffleBoundary
    static String asctime(LocalDateTime dt) {
        String day = dt.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US);
        String month = dt.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
        return String.format("%s %s %2d %02d:%02d:%02d %d", day, month, dt.getDayOfMonth(), dt.getHour(), dt.getMinute(),
                        dt.getSecond(), dt.getYear());
    }

    @Builtin(name = "asctime", signature = "(t=None, /)")
    @GenerateNodeFactory
    public abstract static class AsctimeNode extends PytBuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object asctime(Object t) {
            LocalDateTime dt = t == PyNone.NONE ? at(PyNone.NONE, ZoneId.systemDefault()) : toDateTime(fields(t));
            return PyStrings.of(TimeFormatting.asctime(dt));
        }
    }

    @Builtin(name = "ctime", signature = "(seconds=None, /)")
    @GenerateNodeFactory
    public abstract static class CtimeNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object ctime(Object secs) {
            return PyStrings.of(asctime(at(secs, ZoneId.systemDefault())));
        }
    }

    /** C's strftime for the codes CPython documents, in the C locale. */
    @TruffleBoundary
    static String strftime(String format, LocalDateTime dt) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                sb.append(c);
                continue;
            }
            char k = format.charAt(++i);
            DayOfWeek dow = dt.getDayOfWeek();
            switch (k) {
                case 'Y' -> sb.append(dt.getYear());
                case 'y' -> sb.append(String.format("%02d", dt.getYear() % 100));
                case 'm' -> sb.append(String.format("%02d", dt.getMonthValue()));
                case 'd' -> sb.append(String.format("%02d", dt.getDayOfMonth()));
                case 'e' -> sb.append(String.format("%2d", dt.getDayOfMonth()));
                case 'H' -> sb.append(String.format("%02d", dt.getHour()));
                case 'I' -> sb.append(String.format("%02d", dt.getHour() % 12 == 0 ? 12 : dt.getHour() % 12));
                case 'M' -> sb.append(String.format("%02d", dt.getMinute()));
                case 'S' -> sb.append(String.format("%02d", dt.getSecond()));
                case 'p' -> sb.append(dt.getHour() < 12 ? "AM" : "PM");
                case 'j' -> sb.append(String.format("%03d", dt.getDayOfYear()));
                case 'a' -> sb.append(dow.getDisplayName(TextStyle.SHORT, Locale.US));
                case 'A' -> sb.append(dow.getDisplayName(TextStyle.FULL, Locale.US));
                case 'b', 'h' -> sb.append(dt.getMonth().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'B' -> sb.append(dt.getMonth().getDisplayName(TextStyle.FULL, Locale.US));
                case 'w' -> sb.append(dow.getValue() % 7);
                case 'u' -> sb.append(dow.getValue());
                case 'c' -> sb.append(asctime(dt));
                case 'x' -> sb.append(String.format("%02d/%02d/%02d", dt.getMonthValue(), dt.getDayOfMonth(), dt.getYear() % 100));
                case 'X', 'T' -> sb.append(String.format("%02d:%02d:%02d", dt.getHour(), dt.getMinute(), dt.getSecond()));
                case 'D' -> sb.append(String.format("%02d/%02d/%02d", dt.getMonthValue(), dt.getDayOfMonth(), dt.getYear() % 100));
                case 'F' -> sb.append(String.format("%d-%02d-%02d", dt.getYear(), dt.getMonthValue(), dt.getDayOfMonth()));
                case 'R' -> sb.append(String.format("%02d:%02d", dt.getHour(), dt.getMinute()));
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'Z' -> sb.append(ZoneId.systemDefault().getDisplayName(TextStyle.SHORT, Locale.ROOT));
                case 'z' -> {
                    int off = ZoneId.systemDefault().getRules().getOffset(dt).getTotalSeconds();
                    sb.append(String.format("%c%02d%02d", off < 0 ? '-' : '+', Math.abs(off) / 3600, Math.abs(off) / 60 % 60));
                }
                case '%' -> sb.append('%');
                default -> sb.append('%').append(k);
            }
        }
        return sb.toString();
    }

    @Builtin(name = "strftime", signature = "(format, t=None, /)")
    @GenerateNodeFactory
    public abstract static class StrftimeNode extends PytBuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object strftime(Object format, Object t) {
            String f = BuiltinHelpers.str(format, "strftime() argument 1");
            LocalDateTime dt = t == PyNone.NONE ? at(PyNone.NONE, ZoneId.systemDefault()) : toDateTime(fields(t));
            return PyStrings.of(TimeFormatting.strftime(f, dt));
        }
    }
}
