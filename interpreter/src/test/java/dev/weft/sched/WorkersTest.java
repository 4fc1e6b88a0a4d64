// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.Weft;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftNone;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The worker pool: a blocking call parks only its own task, its outcome arrives through the
 * inbox, a cancelled waiter is not resumed by a late outcome, the virtual clock does not jump
 * while a call is out, and closing the interpreter stops the threads.
 */
@Timeout(60)
class WorkersTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    /** Opened by the test to let a blocked worker call return. */
    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger calls = new AtomicInteger();

    private Weft weft(boolean virtual) {
        Weft w = Weft.builder().stdout(out).stderr(err).virtualTime(virtual).build();
        Workers pool = w.interpreter().scheduler().workers();
        // blocking(x): waits on a worker until the gate opens (or 5 s), then returns x * 2.
        w.interpreter().builtins().putStr("blocking", WeftBuiltin.cpsFunction("blocking",
                (t, site, a, k) -> pool.call(t, site, "blocking()", () -> {
                    calls.incrementAndGet();
                    awaitGate();
                    return (Long) a[0] * 2;
                })).suspending());
        w.interpreter().builtins().putStr("failing", WeftBuiltin.cpsFunction("failing",
                (t, site, a, k) -> pool.call(t, site, "failing()", () -> {
                    throw Errors.of(ErrorTypes.FILE_NOT_FOUND_ERROR, "gone");
                })).suspending());
        w.interpreter().builtins().putStr("open_gate", WeftBuiltin.function("open_gate",
                (t, a, k) -> {
                    gate.countDown();
                    return WeftNone.NONE;
                }));
        return w;
    }

    private void awaitGate() {
        try {
            gate.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String run(Weft w, String program) {
        int status = w.runMain(program, "<test>");
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text + err.toString(StandardCharsets.UTF_8));
        return text;
    }

    @Test
    void otherTasksRunWhileABlockingCallIsOut() {
        String text = run(weft(false), String.join("\n",
                "def ticker():",
                "    for i in range(3):",
                "        print('tick', i)",
                "        sleep(0.001)",
                "    open_gate()",
                "t = spawn ticker()",
                "print('result', blocking(21))",
                "t.join()",
                ""));
        assertEquals("tick 0\ntick 1\ntick 2\nresult 42\n", text);
    }

    @Test
    void anErrorRaisedOnTheWorkerArrivesAtTheCallSite() {
        String text = run(weft(false), String.join("\n",
                "try:",
                "    failing()",
                "except FileNotFoundError as e:",
                "    print('caught', e)",
                ""));
        assertEquals("caught gone\n", text);
    }

    @Test
    void aCancelledWaiterIsNotResumedByTheLateOutcome() {
        String text = run(weft(false), String.join("\n",
                "def victim():",
                "    try:",
                "        blocking(1)",
                "    except CancelledError:",
                "        print('cancelled')",
                "        print('slept, got', sleep(0.2))",
                "v = spawn victim()",
                "sleep(0.05)",
                "v.cancel()",
                "sleep(0)",
                "open_gate()",
                "v.join()",
                ""));
        assertEquals("cancelled\nslept, got None\n", text);
    }

    @Test
    void theVirtualClockWaitsForCallsInFlight() {
        Weft w = weft(true);
        w.interpreter().builtins().putStr("now", WeftBuiltin.function("now",
                (t, a, k) -> t.interp.scheduler().clock().nanos() / 1e9));
        openGateLater(200);
        String text = run(w, String.join("\n",
                "def sleeper():",
                "    sleep(10)",
                "    print('sleeper woke')",
                "s = spawn sleeper()",
                "t0 = now()",
                "print('result', blocking(2))",
                "print('elapsed', now() - t0)",
                "s.join()",
                ""));
        assertEquals("result 4\nelapsed 0.0\nsleeper woke\n", text);
    }

    private void openGateLater(long millis) {
        Thread th = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                return;
            }
            gate.countDown();
        });
        th.setDaemon(true);
        th.start();
    }

    @Test
    void insideASortKeyTheCallRunsInline() {
        gate.countDown();
        String text = run(weft(false), "print(sorted([3, 1, 2], key=lambda x: -blocking(x)))\n");
        assertEquals("[3, 2, 1]\n", text);
        assertEquals(3, calls.get());
    }

    @Test
    void closingTheInterpreterStopsEveryWorker() throws Exception {
        gate.countDown();
        Weft w = weft(false);
        run(w, "print([blocking(i) for i in range(3)])\n");
        String prefix = w.interpreter().scheduler().workers().threadNamePrefix();
        assertEquals(3, calls.get());
        // A pool reports termination just before its last thread has exited: give the
        // threads a moment (bounded) on a loaded machine.
        long alive = aliveWorkers(prefix);
        for (int i = 0; i < 100 && alive > 0; i++) {
            Thread.sleep(20);
            alive = aliveWorkers(prefix);
        }
        assertEquals(0, alive);
    }

    private static long aliveWorkers(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(th -> th.getName().startsWith(prefix) && th.isAlive()).count();
    }

    @Test
    void aFutureCompletedOnAnotherThreadWakesItsTask() {
        Weft w = weft(false);
        CompletableFuture<String> f = new CompletableFuture<>();
        w.interpreter().builtins().putStr("fetch", WeftBuiltin.cpsFunction("fetch",
                (t, site, a, k) -> Workers.await(t, site, "fetch()", f, v -> v.toUpperCase(),
                        e -> Errors.of(ErrorTypes.OS_ERROR, e.getMessage()), null))
                .suspending());
        Thread completer = new Thread(() -> {
            awaitGate();
            f.complete("done");
        });
        completer.setDaemon(true);
        completer.start();
        String text = run(w, String.join("\n",
                "def helper():",
                "    print('helper runs')",
                "    open_gate()",
                "spawn helper()",
                "print(fetch())",
                ""));
        assertEquals("helper runs\nDONE\n", text);
    }
}
