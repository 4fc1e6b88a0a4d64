// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.runtime.Interpreter;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftModule;
import dev.weft.sched.sync.Queues;

/**
 * The queue module: Weft's cooperative queues (a task waiting in get() parks, others run),
 * with queue.Empty and queue.Full.
 */
final class QueueModule {
    private QueueModule() {}

    static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        d.putStr("Queue", Queues.QUEUE);
        d.putStr("LifoQueue", Queues.LIFO);
        d.putStr("PriorityQueue", Queues.PRIORITY);
        d.putStr("SimpleQueue", Queues.SIMPLE);
        d.putStr("Empty", Queues.EMPTY);
        d.putStr("Full", Queues.FULL);
    }
}
