// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.runtime.Interpreter;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftModule;
import dev.weft.sched.sync.Queues;

/**
 * The _queue module under queue (written in Weft): Empty and SimpleQueue, and the Full that
 * Weft's builtin queues raise, so that queue.Full catches theirs too.
 */
final class QueueModule {
    private QueueModule() {}

    static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        d.putStr("SimpleQueue", SimpleQueue.TYPE);
        d.putStr("Empty", Queues.EMPTY);
        d.putStr("_Full", Queues.FULL);
    }
}
