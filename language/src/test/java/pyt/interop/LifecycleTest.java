package pyt.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Contexts sharing an engine, stopping runaway Python code, resource limits and the threading policy. */
public class LifecycleTest {

    @Test
    public void contextsOnOneEngineShareCode() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Source source = Source.create("pyt", "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nresult = fib(15) + offset\nresult");
        try (Engine engine = Engine.newBuilder("pyt").option("engine.WarnInterpreterOnly", "false")
                        .option("engine.TraceSourceCacheDetails", "true").logHandler(log).build()) {
            try (Context first = Context.newBuilder("pyt").engine(engine).build()) {
                first.getBindings("pyt").putMember("offset", 1);
                assertEquals(611, first.eval(source).asInt());
            }
            try (Context second = Context.newBuilder("pyt").engine(engine).build()) {
                second.getBindings("pyt").putMember("offset", 2);
                assertEquals(612, second.eval(source).asInt());
                assertEquals(2, second.getBindings("pyt").getMember("offset").asInt());
            }
        }
        String trace = log.toString(StandardCharsets.UTF_8);
        assertTrue(trace.contains("source-cache-miss"), trace);
        assertTrue(trace.contains("source-cache-hit"), trace);
    }

    @Test
    public void globalsStayPerContext() {
        try (Engine engine = Engine.newBuilder("pyt").option("engine.WarnInterpreterOnly", "false").build();
                        Context a = Context.newBuilder("pyt").engine(engine).build();
                        Context b = Context.newBuilder("pyt").engine(engine).build()) {
            Source define = Source.create("pyt", "counter = globals().get('counter', 0) + 1\ncounter");
            assertEquals(1, a.eval(define).asInt());
            assertEquals(2, a.eval(define).asInt());
            assertEquals(1, b.eval(define).asInt());
            assertTrue(b.eval("pyt", "'counter' in globals()").asBoolean());
        }
    }

    @Test
    @Timeout(60)
    public void closeCancelsAnInfiniteLoop() throws Exception {
        Context context = EmbeddingTest.builder().build();
        CountDownLatch started = new CountDownLatch(1);
        context.getBindings("pyt").putMember("started", (org.graalvm.polyglot.proxy.ProxyExecutable) args -> {
            started.countDown();
            return null;
        });
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<PolyglotException> running = executor.submit(() -> {
                try {
                    context.eval("pyt", "started()\nn = 0\nwhile True:\n    try:\n        n += 1\n    except:\n        pass\n");
                    return null;
                } catch (PolyglotException e) {
                    return e;
                }
            });
            assertTrue(started.await(30, TimeUnit.SECONDS));
            context.close(true);
            PolyglotException e = running.get(30, TimeUnit.SECONDS);
            assertTrue(e != null && e.isCancelled(), String.valueOf(e));
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    @Timeout(60)
    public void interruptStopsAnInfiniteLoop() throws Exception {
        try (Context context = EmbeddingTest.builder().build()) {
            CountDownLatch started = new CountDownLatch(1);
            context.getBindings("pyt").putMember("started", (org.graalvm.polyglot.proxy.ProxyExecutable) args -> {
                started.countDown();
                return null;
            });
            ExecutorService executor = Executors.newSingleThreadExecutor();
            try {
                Future<PolyglotException> running = executor.submit(() -> {
                    try {
                        context.eval("pyt", "def spin():\n    while True:\n        pass\nstarted()\nspin()\n");
                        return null;
                    } catch (PolyglotException e) {
                        return e;
                    }
                });
                assertTrue(started.await(30, TimeUnit.SECONDS));
                context.interrupt(Duration.ofSeconds(30));
                PolyglotException e = running.get(30, TimeUnit.SECONDS);
                assertTrue(e != null && e.isInterrupted(), String.valueOf(e));
            } finally {
                executor.shutdownNow();
            }
            // the context stays usable after an interrupt
            assertEquals(3, context.eval("pyt", "1 + 2").asInt());
        }
    }

    @Test
    public void statementLimitIsHonoured() {
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(10_000, null).build();
        Context context = EmbeddingTest.builder().resourceLimits(limits).build();
        assertEquals(45, context.eval("pyt", "total = 0\nfor i in range(10):\n    total += i\ntotal").asInt());
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("pyt", "n = 0\nwhile True:\n    n += 1\n"));
        assertTrue(e.isResourceExhausted(), e.getMessage());
        assertTrue(e.getMessage().contains("Statement count limit of 10000 exceeded"), e.getMessage());
        // the limit cancelled the context; closing it reports that again
        PolyglotException closed = assertThrows(PolyglotException.class, context::close);
        assertTrue(closed.isResourceExhausted() || closed.isCancelled(), closed.getMessage());
    }

    @Test
    @Timeout(60)
    public void oneThreadAtATime() throws Exception {
        try (Context context = EmbeddingTest.builder().build()) {
            Value f = context.eval("pyt", "def f(x):\n    return x + 1\nf");
            assertEquals(2, f.execute(1).asInt());
            // another thread may use the context when no thread is inside it
            ExecutorService executor = Executors.newSingleThreadExecutor();
            try {
                assertEquals(3, (int) executor.submit(() -> f.execute(2).asInt()).get(30, TimeUnit.SECONDS));
                // but not while one is: Python code of a context runs on one thread at a time
                CountDownLatch inside = new CountDownLatch(1);
                CountDownLatch release = new CountDownLatch(1);
                context.getBindings("pyt").putMember("pause", (org.graalvm.polyglot.proxy.ProxyExecutable) args -> {
                    inside.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                });
                Future<?> holder = executor.submit(() -> context.eval("pyt", "pause()"));
                assertTrue(inside.await(30, TimeUnit.SECONDS));
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> context.eval("pyt", "1"));
                assertTrue(e.getMessage().contains("Multi threaded access"), e.getMessage());
                release.countDown();
                holder.get(30, TimeUnit.SECONDS);
            } finally {
                executor.shutdownNow();
            }
        }
    }
}
