package pyt.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import pyt.parser.ast.Module;

/** Parses a generated 10,000-line program of everyday statements and reports the time. */
class LargeFileParseTest {

    /** A deterministic mix of the statements real programs are made of, 10,000 lines. */
    static String generate(int lines) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        int i = 0;
        while (n < lines) {
            String chunk = switch (i % 6) {
                case 0 -> """
                                import os.path as p%1$d
                                from collections import (OrderedDict, defaultdict as dd%1$d)
                                CONST_%1$d = {"name": 'v%1$d', "items": [1, 2.5, 3j, 0x%1$x, 1_000], **extra}
                                """;
                case 1 -> """
                                @decorator(arg=%1$d)
                                def function_%1$d(a, b: int = 2, /, c=None, *args, d, e=3, **kwargs) -> str:
                                    \"""Docstring for function %1$d.\"""
                                    total = a + b * (c or 0) - len(args) ** 2 // 3 %% 7
                                    if total > 10 and not kwargs:
                                        return f"big {total!r:>10} {a=}"
                                    elif total < 0 or d is None:
                                        raise ValueError("negative: %%s" %% total) from None
                                    else:
                                        return str(total)
                                """;
                case 2 -> """
                                class Klass%1$d(Base, metaclass=Meta):
                                    attr: int = %1$d
                                    def __init__(self, x, y):
                                        self.x, self.y = x, y
                                        self.data = [v * 2 for v in range(x) if v %% 2 == 0]
                                    async def fetch(self, url):
                                        async with session.get(url) as resp:
                                            return await resp.json()
                                    @property
                                    def norm(self):
                                        return (self.x ** 2 + self.y ** 2) ** 0.5
                                """;
                case 3 -> """
                                for index_%1$d, (key, value) in enumerate(sorted(mapping.items(), key=lambda kv: kv[1])):
                                    while value > 0:
                                        value -= 1
                                        if value == 3: continue
                                        elif value in {1, 2}: break
                                    else:
                                        result[key] = {k: v for k, v in zip(keys, values)}
                                """;
                case 4 -> """
                                try:
                                    with open(path_%1$d, "rb") as fh, lock:
                                        payload = fh.read()[4:-1:2]
                                except (OSError, ValueError) as exc:
                                    log.error("failed %%d: %%s", %1$d, exc, exc_info=True)
                                finally:
                                    cleanup(*pending, **options)
                                """;
                default -> """
                                match command_%1$d.split():
                                    case [action, *rest] if rest:
                                        handle(action, rest)
                                    case {"type": "point", "x": x, "y": y} | Point(x=x, y=y):
                                        draw(x, y)
                                    case _:
                                        pass
                                value_%1$d = x if (y := compute(%1$d)) > 0 else -y
                                assert value_%1$d is not None, 'must be set'
                                """;
            };
            String text = chunk.formatted(i);
            sb.append(text);
            n += (int) text.chars().filter(c -> c == '\n').count();
            i++;
        }
        return sb.toString();
    }

    @Test
    void tenThousandLinesParseQuickly() {
        String src = generate(10_000);
        int lines = (int) src.chars().filter(c -> c == '\n').count();
        assertTrue(lines >= 10_000);
        Module warm = null;
        for (int k = 0; k < 10; k++) {
            warm = Parser.parseModule(src, "<generated>");
        }
        // CPU time as well as wall time: on a busy machine the wall clock mostly measures waiting
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int k = 0; k < 5; k++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Parser.parseModule(src, "<generated>");
            best = Math.min(best, System.nanoTime() - t0);
            bestCpu = Math.min(bestCpu, mx.getCurrentThreadCpuTime() - c0);
        }
        System.out.printf("LargeFileParseTest: %d lines, %d chars parsed in %.1f ms (%.1f ms of CPU; best of 5, after "
                        + "warm-up)%n", lines, src.length(), best / 1e6, bestCpu / 1e6);
        assertEquals(warm.body().size(), Parser.parseModule(src, "<generated>").body().size());
        assertTrue(best < 5_000_000_000L, "parsing 10,000 lines took " + best / 1e6 + " ms");
    }
}
