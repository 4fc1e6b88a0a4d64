// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.thread;

import dev.weft.cps.Fiber;
import dev.weft.sched.Task;

/**
 * Thread identities for green threads. Every main task (the program, each REPL input, the exit
 * hooks) is the main thread; every other task is a thread of its own. The numbers look like
 * CPython's on Linux: an ident is a thread-stack address, a native id a process-wide TID.
 */
final class Idents {
    private Idents() {}

    private static final long MAIN_IDENT = 0x7f5a1c9e7740L;
    /** glibc places each new thread's stack 8 MiB and a guard page below the last. */
    private static final long STACK_SPACING = 0x801000L;
    private static final long PID = ProcessHandle.current().pid();

    /** The ident of {@code task}'s thread; a null task is the main thread. */
    static long ident(Task task) {
        return task == null || task.isMain() ? MAIN_IDENT
                : MAIN_IDENT - 0x2000740L - STACK_SPACING * taskNumber(task);
    }

    static long nativeId(Task task) {
        return task == null || task.isMain() ? PID : PID + taskNumber(task);
    }

    /** The ident of the running task's thread (the main thread outside any task). */
    static long current(Fiber t) {
        return ident(t.task);
    }

    static long currentNative(Fiber t) {
        return nativeId(t.task);
    }

    private static long taskNumber(Task task) {
        return task.id();
    }
}
