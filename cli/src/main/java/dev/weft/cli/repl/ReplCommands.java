// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The REPL's colon commands: :help, :tasks, :cancel, :time, :load, :reset, :quit. */
final class ReplCommands {
    static final String HELP = String.join("\n",
            "Type Python (Weft) code; a blank line ends a block. Top-level await works.",
            "  :help            this text",
            "  :tasks           every live task: name, state, where it waits and on what",
            "  :cancel NAME     cancel a task (names as :tasks shows them)",
            "  :time STATEMENT  run it and show the wall time and task switches",
            "  :load FILE       run a file in this session",
            "  :reset           start over with a fresh interpreter",
            "  :quit            leave (as do Ctrl-D and exit())",
            "Ctrl-C interrupts the running input (background tasks go on) or clears the line.");

    /** What a command asks of the REPL loop. */
    enum Outcome { CONTINUE, QUIT, RESET }

    private final PrintWriter out;

    ReplCommands(PrintWriter out) {
        this.out = out;
    }

    Outcome run(String line, ReplEngine engine) throws InterruptedException {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        String name = space < 0 ? trimmed : trimmed.substring(0, space);
        String arg = space < 0 ? "" : trimmed.substring(space + 1).strip();
        switch (name) {
            case ":help", ":h", ":?" -> out.println(HELP);
            case ":tasks" -> tasks(engine);
            case ":cancel" -> cancel(engine, arg);
            case ":time" -> time(engine, arg);
            case ":load" -> load(engine, arg);
            case ":reset" -> {
                return Outcome.RESET;
            }
            case ":quit", ":q", ":exit" -> {
                return Outcome.QUIT;
            }
            default -> out.println("unknown command " + name + " (try :help)");
        }
        out.flush();
        return Outcome.CONTINUE;
    }

    private void tasks(ReplEngine engine) {
        List<String> rows = engine.ask(TaskTable::snapshot, 2000);
        if (rows == null) {
            out.println("(the interpreter is busy)");
        } else if (rows.isEmpty()) {
            out.println("no tasks");
        } else {
            rows.forEach(out::println);
        }
    }

    private void cancel(ReplEngine engine, String taskName) {
        if (taskName.isEmpty()) {
            out.println("usage: :cancel NAME");
            return;
        }
        Boolean done = engine.ask(w -> TaskTable.cancel(w, taskName), 2000);
        out.println(Boolean.TRUE.equals(done) ? "cancelled " + taskName
                : "no live task named " + taskName);
    }

    private void time(ReplEngine engine, String statement) throws InterruptedException {
        if (statement.isEmpty()) {
            out.println("usage: :time STATEMENT");
            return;
        }
        Long before = engine.ask(w -> w.interpreter().scheduler().switches(), 2000);
        long t0 = System.nanoTime();
        engine.run(statement + "\n", "<stdin>");
        double secs = (System.nanoTime() - t0) / 1e9;
        Long after = engine.ask(w -> w.interpreter().scheduler().switches(), 2000);
        long switches = before == null || after == null ? -1 : after - before;
        out.printf("wall %.6f s, %d task switch%s%n", secs, switches, switches == 1 ? "" : "es");
    }

    private void load(ReplEngine engine, String file) throws InterruptedException {
        if (file.isEmpty()) {
            out.println("usage: :load FILE");
            return;
        }
        try {
            Path p = Path.of(file);
            String src = Files.readString(p, StandardCharsets.UTF_8);
            engine.run(src, p.toAbsolutePath().toString(), false);
        } catch (NoSuchFileException e) {
            out.println("no such file: " + file);
        } catch (IOException e) {
            out.println("cannot read " + file + ": " + e.getMessage());
        }
    }
}
