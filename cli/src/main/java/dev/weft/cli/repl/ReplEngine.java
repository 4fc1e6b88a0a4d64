// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli.repl;

import dev.weft.Weft;
import dev.weft.runtime.WeftError;
import dev.weft.sched.Task;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The REPL's link to the interpreter: the interpreter thread runs the scheduler all the time
 * (so background tasks go on while the user types); the front end's thread submits inputs and
 * questions to it and waits for the answers.
 */
public final class ReplEngine {
    /** Script code runs on a big stack, as under the weft command. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private final Weft weft;
    private volatile boolean stopping;
    private final Thread thread;
    private volatile Task current;

    public ReplEngine(Weft weft) {
        this.weft = weft;
        this.thread = new Thread(null, () -> weft.serve(() -> stopping), "weft-main",
                STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
    }

    public Weft weft() {
        return weft;
    }

    /** Runs one input to completion (background tasks keep running); its error or null. */
    public WeftError run(String source, String fileName) throws InterruptedException {
        return run(source, fileName, true);
    }

    /** Runs source; {@code echo} makes expression statements show their values. */
    public WeftError run(String source, String fileName, boolean echo)
            throws InterruptedException {
        CompletableFuture<WeftError> done = new CompletableFuture<>();
        weft.submit(() -> {
            current = weft.startInput(source, fileName, echo, e -> {
                current = null;
                done.complete(e);
            });
        });
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Ctrl-C while an input runs: KeyboardInterrupt in its task. */
    public void interruptCurrent() {
        Task t = current;
        if (t != null) {
            weft.interrupt(t);
        }
    }

    public boolean isRunning() {
        return current != null;
    }

    /** Asks the interpreter thread a question; null if it does not answer in time. */
    public <T> T ask(Function<Weft, T> question, long millis) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        weft.submit(() -> {
            try {
                answer.complete(question.apply(weft));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Leaves: cancels the remaining tasks, then stops the interpreter thread. */
    public void shutdown() {
        ask(w -> {
            w.shutdown();
            return Boolean.TRUE;
        }, 5000);
        stopping = true;
        weft.submit(() -> { });
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        weft.flush();
    }
}
