package pyt.modules;

import java.lang.management.ManagementFactory;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import pyt.builtins.Builtin;
import pyt.builtins.BuiltinHelpers;
import pyt.builtins.BuiltinModule;
import pyt.builtins.PytBuiltinNode;
import pyt.runtime.PyErr;
import pyt.runtime.PyErrors;
import pyt.runtime.PyNone;

/** The {@code time} module: clocks and {@code sleep}. */
@BuiltinModule(name = "time")
public final class TimeModule {
    private TimeModule() {
    }

    @TruffleBoundary
    static long epochNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @TruffleBoundary
    static long monotonicNanos() {
        return System.nanoTime();
    }

    @TruffleBoundary
    static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long t = sun.getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @TruffleBoundary
    static long threadNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @Builtin(name = "time", signature = "()")
    @GenerateNodeFactory
    public abstract static class TimeNode extends PytBuiltinNode.Varargs {
        @Specialization
        static Object time(@SuppressWarnings("unused") Object[] args) {
            return epochNanos() / 1e9;
        }
    }

    @Builtin(name = "time_ns", signature = "()")
    @GenerateNodeFactory
    public abstract static class TimeNsNode extends PytBuiltinNode.Varargs {
        @Specialization
        static Object time(@SuppressWarnings("unused") Object[] args) {
            return epochNanos();
        }
    }

    @Builtin(name = "perf_counter", signature = "()")
    @GenerateNodeFactory
    public abstract static class PerfCounterNode extends PytBuiltinNode.Varargs {
        @Specialization
        static Object time(@SuppressWarnings("unused") Object[] args) {
            return monotonicNanos() / 1e9;
        }
    }

    @Builtin(name = "perf_counter_ns", signature = "()")
    @GenerateNodeFactory
    public abstract static class PerfCounterNsNode extends PytBuiltinNode.Varargs {
        @Specialization
        static Object time(@SuppressWarnings("unused") Object[] args) {
            return monotonicNanos();
        }
    }

    @Builtin(name = "monotonic", signature = "()")
    @GenerateNodeFactory
    public abstract static class MonotonicNode extends PytBuiltinNode.Varargs {
        @Specialization
        static Object time(@SuppressWarnings("unused") Object[] args) {
            return monotonicNanos() / 1e9;
        }
    }

    @Builtin(name = "monotonic_ns", signature = "()")
    @GenerateNodeFactory
    public abstract static class MonotonicNsNode extends PytBuiltinNode.Varargs {
        @Specialization
        static Object time(@SuppressWarnings("unused") Object[] args) {
            return monotonicNanos();
        }
    }

    @Builtin(name = "process_time", signature = "()")
    @GenerateNodeFactory
    public abstract static class ProcessTimeNode extends PytBuiltinNode.Varargs {
        @Specialization
        static Object time(@SuppressWarnings("unused") Object[] args) {
            return cpuNanos() / 1e9;
        }
    }

    @Builtin(name = "process_time_ns", signature = "()")
    @GenerateNodeFactory
    public abstract static class ProcessTimeNsNode extends PytBuiltinNode.Varargs {
        @Specialization
        static Object time(@SuppressWarnings("unused") Object[] args) {
            return cpuNanos();
        }
    }

    @Builtin(name = "thread_time", signature = "()")
    @GenerateNodeFactory
    public abstract static class ThreadTimeNode extends PytBuiltinNode.Varargs {
        @Specialization
        static Object time(@SuppressWarnings("unused") Object[] args) {
            return threadNanos() / 1e9;
        }
    }

    @Builtin(name = "sleep", signature = "(secs, /)")
    @GenerateNodeFactory
    public abstract static class SleepNode extends PytBuiltinNode.Unary {
        @Specialization
        static Object sleep(Object secs) {
            doSleep(secs);
            return PyNone.NONE;
        }

        @TruffleBoundary
        private static void doSleep(Object secs) {
            double s;
            if (secs instanceof Double d) {
                s = d;
            } else if (secs instanceof Long || secs instanceof Boolean || secs instanceof java.math.BigInteger) {
                Object i = BuiltinHelpers.index(secs);
                s = i instanceof Long l ? l : Double.POSITIVE_INFINITY;
            } else {
                throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", BuiltinHelpers.typeName(secs));
            }
            if (Double.isNaN(s)) {
                throw PyErrors.valueError(null, "Invalid value NaN (not a number)");
            }
            if (s < 0) {
                throw PyErrors.valueError(null, "sleep length must be non-negative");
            }
            if (s > 9.2e9) {
                throw PyErrors.raise(null, PyErr.OverflowError, "timestamp too large to convert to C _PyTime_t");
            }
            long nanos = (long) (s * 1e9);
            try {
                Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PyErrors.raise(null, PyErr.KeyboardInterrupt, null);
            }
        }
    }
}
