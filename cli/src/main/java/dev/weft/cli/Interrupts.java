// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli;

import dev.weft.Weft;
import sun.misc.Signal;

/**
 * Ctrl-C while a script runs: KeyboardInterrupt in the running code, so its {@code finally}
 * blocks run and the traceback shows where it was. A second Ctrl-C before the first could be
 * delivered (the script is stuck in a blocking call) ends the process at once.
 */
final class Interrupts {
    private Interrupts() {}

    private static final long PATIENCE_NANOS = 2_000_000_000L;

    static void deliverTo(Weft weft) {
        long[] pending = {0};
        try {
            Signal.handle(new Signal("INT"), sig -> {
                long now = System.nanoTime();
                if (pending[0] != 0 && now - pending[0] < PATIENCE_NANOS
                        && weft.interpreter().interruptRequested) {
                    System.out.flush();
                    Runtime.getRuntime().halt(130);
                }
                pending[0] = now;
                if (!weft.interruptRunning()) {
                    Runtime.getRuntime().halt(130);
                }
            });
        } catch (IllegalArgumentException e) {
            // no SIGINT on this platform (or it is reserved): Ctrl-C keeps the JVM's default
        }
    }
}
