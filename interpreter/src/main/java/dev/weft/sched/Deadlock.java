// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

/** Describes a deadlock: each task, where it waits and what for. */
final class Deadlock {
    private Deadlock() {}

    static String describe(Scheduler s, Task main) {
        StringBuilder sb = new StringBuilder();
        sb.append("Deadlock: every task is waiting and nothing can wake one of them.\n");
        line(sb, main, "main program");
        for (Task t : s.liveTasks()) {
            if (t != main) {
                line(sb, t, (t.thread ? "thread " : "task ") + t.name);
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, Task t, String label) {
        Wait w = t.currentWait();
        sb.append("  ").append(label);
        if (w == null) {
            sb.append(": ").append(t.state.name().toLowerCase()).append('\n');
        } else {
            sb.append(" at ").append(w.where()).append(": waiting for ").append(w.what())
                    .append('\n');
        }
    }
}
