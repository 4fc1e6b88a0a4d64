// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli.repl;

import dev.weft.Weft;
import dev.weft.sched.Task;
import dev.weft.sched.Wait;
import java.util.ArrayList;
import java.util.List;

/** What :tasks shows: every live task, its state, where it is suspended and on what. */
final class TaskTable {
    private TaskTable() {}

    /** Runs on the interpreter thread. */
    static List<String> snapshot(Weft weft) {
        List<String> rows = new ArrayList<>();
        for (Task t : weft.interpreter().scheduler().liveTasks()) {
            if (t.isMain() && !"<input>".equals(t.name())) {
                continue;
            }
            Wait w = t.currentWait();
            String state = t.state().name().toLowerCase();
            String where = w == null ? "" : "  at " + w.where() + "  waiting for " + w.what();
            rows.add(String.format("%-12s %-8s%s", t.name(), state, where));
        }
        return rows;
    }

    /** Cancels the live task named {@code name}; false when there is none. */
    static boolean cancel(Weft weft, String name) {
        for (Task t : weft.interpreter().scheduler().liveTasks()) {
            if (t.name().equals(name)) {
                return t.cancel(null);
            }
        }
        return false;
    }
}
