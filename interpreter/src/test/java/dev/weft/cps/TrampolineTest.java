// SPDX-License-Identifier: Apache-2.0
package dev.weft.cps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.Weft;
import dev.weft.WeftException;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The trampoline keeps script calls off the Java stack: depth is bounded by the recursion
 * limit alone, so these run on a thread whose Java stack is deliberately tiny.
 */
@Timeout(120)
class TrampolineTest {
    private static final String F = "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n";
    private static final long SMALL_STACK = 256 * 1024;

    /** Runs {@code body} on a thread with a 256 KiB Java stack and returns its result. */
    private static <T> T onSmallStack(java.util.function.Supplier<T> body) throws Throwable {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(body.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", SMALL_STACK);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static Weft weft(int limit) {
        return Weft.builder().recursionLimit(limit).stdout(new ByteArrayOutputStream())
                .stderr(new ByteArrayOutputStream()).build();
    }

    @Test
    void aMillionDeepRecursionComputesWhenTheLimitAllowsIt() throws Throwable {
        Object r = onSmallStack(() -> {
            Weft w = weft(1_000_100);
            w.exec(F);
            return w.eval("f(1_000_000)");
        });
        assertEquals(1_000_000L, r);
    }

    @Test
    void theDefaultLimitRaisesRecursionErrorAndTheInterpreterGoesOn() throws Throwable {
        Object r = onSmallStack(() -> {
            Weft w = weft(1000);
            w.exec(F);
            WeftException e = assertThrows(WeftException.class, () -> w.eval("f(5000)"));
            assertEquals("RecursionError", e.pythonType());
            assertEquals("RecursionError: maximum recursion depth exceeded", e.getMessage());
            assertTrue(e.traceback().contains("[Previous line repeated"), e.traceback());
            return w.eval("f(900)");
        });
        assertEquals(900L, r);
    }

    @Test
    void setrecursionlimitTakesEffectAtRunTime() throws Throwable {
        Object r = onSmallStack(() -> {
            Weft w = weft(1000);
            w.exec(F + "import sys\nsys.setrecursionlimit(200_000)\n");
            return w.eval("repr((f(150_000), sys.getrecursionlimit()))");
        });
        assertEquals("(150000, 200000)", r);
    }

    @Test
    void anExceptionUnwindsAHundredThousandFramesToItsHandler() throws Throwable {
        Object r = onSmallStack(() -> {
            Weft w = weft(200_000);
            w.exec("def down(n):\n    if n == 0:\n        raise ValueError('bottom')\n"
                    + "    return down(n - 1)\n"
                    + "def catch():\n    try:\n        down(100_000)\n"
                    + "    except ValueError as e:\n        return str(e)\n");
            return w.eval("catch()");
        });
        assertEquals("bottom", r);
    }

    @Test
    void aDeepYieldFromChainStaysOffTheJavaStack() throws Throwable {
        Object r = onSmallStack(() -> {
            Weft w = weft(200_000);
            w.exec("def nest(n):\n    if n == 0:\n        yield 'leaf'\n    else:\n"
                    + "        yield from nest(n - 1)\n"
                    + "def drain():\n    out = []\n    for x in nest(50_000):\n"
                    + "        out.append(x)\n    return out\n");
            return w.eval("repr(drain())");
        });
        assertEquals("['leaf']", r);
    }

    @Test
    void mutualRecursionStaysOffTheJavaStack() throws Throwable {
        Object r = onSmallStack(() -> {
            Weft w = weft(200_000);
            w.exec("def even(n):\n    return True if n == 0 else odd(n - 1)\n"
                    + "def odd(n):\n    return False if n == 0 else even(n - 1)\n");
            return w.eval("even(100_001)");
        });
        assertEquals(Boolean.FALSE, r);
    }
}
