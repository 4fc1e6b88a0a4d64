// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli.repl;

import dev.weft.Weft;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;

/**
 * The interactive REPL on a JLine terminal: line editing, persistent history, multi-line
 * blocks with auto-indent, highlighting and completion. Inputs run as tasks on the
 * interpreter thread, which keeps running background tasks while the prompt waits.
 */
public final class Repl {
    private final Terminal terminal;
    private final Path historyFile;
    private final Function<ReplOutput, Weft> newWeft;
    private final PrintWriter out;
    private final ReplOutput scriptOut;
    private ReplEngine engine;

    /**
     * @param newWeft makes an interpreter writing to the given stream (also for :reset)
     */
    public Repl(Terminal terminal, Path historyFile, Function<ReplOutput, Weft> newWeft) {
        this.terminal = terminal;
        this.historyFile = historyFile;
        this.newWeft = newWeft;
        this.out = terminal.writer();
        this.scriptOut = new ReplOutput(out);
        this.engine = new ReplEngine(newWeft.apply(scriptOut));
    }

    public ReplEngine engine() {
        return engine;
    }

    /** Runs a script first (weft -i FILE); its error, or null. */
    public WeftError runFirst(String source, String file) throws InterruptedException {
        return engine.run(source, file, false);
    }

    /** Reads and runs inputs until :quit, exit() or Ctrl-D; returns the exit status. */
    public int run() throws InterruptedException {
        LineReader reader = reader();
        scriptOut.attach(reader);
        terminal.handle(Terminal.Signal.INT, s -> engine.interruptCurrent());
        out.println("Weft 0.1.0 (Python 3.11 language level). :help for commands,"
                + " Ctrl-D to leave.");
        out.flush();
        ReplCommands commands = new ReplCommands(out);
        int status = 0;
        while (true) {
            String input;
            try {
                input = reader.readLine(">>> ");
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (input.isBlank()) {
                continue;
            }
            if (input.strip().startsWith(":")) {
                ReplCommands.Outcome o = commands.run(input, engine);
                if (o == ReplCommands.Outcome.QUIT) {
                    break;
                }
                if (o == ReplCommands.Outcome.RESET) {
                    engine.shutdown();
                    engine = new ReplEngine(newWeft.apply(scriptOut));
                    out.println("(fresh interpreter)");
                    out.flush();
                }
                continue;
            }
            WeftError e = engine.run(input + "\n", "<stdin>");
            saveHistory(reader);
            if (e != null && e.isInstance(ErrorTypes.SYSTEM_EXIT)) {
                status = exitStatus(e);
                break;
            }
        }
        engine.shutdown();
        saveHistory(reader);
        return status;
    }

    private LineReader reader() {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("weft")
                .history(new DefaultHistory())
                .parser(new ReplParser())
                .highlighter(new WeftHighlighter())
                .completer(new WeftCompleter(() -> engine))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_SIZE, 1000)
                .variable(LineReader.HISTORY_FILE_SIZE, 5000)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "... ")
                .variable(LineReader.INDENTATION, InputCheck.INDENT)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .build();
        return reader;
    }

    private static void saveHistory(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // history is a convenience; a read-only home must not stop the REPL
        }
    }

    static int exitStatus(WeftError exit) {
        Object code = exit.firstArg();
        if (code == WeftNone.NONE) {
            return 0;
        }
        return code instanceof Long l ? (int) (long) l : 1;
    }
}
