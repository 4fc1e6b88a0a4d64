// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli.repl;

import dev.weft.Weft;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.WeftError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The REPL without a terminal (weft -i with piped input): inputs are gathered line by line as
 * at the prompt (a block ends at a blank line) and results echoed, but no prompts or colours.
 * Exits 1 if the last input failed.
 */
public final class PipedRepl {
    private final java.util.function.Supplier<Weft> newWeft;
    private ReplEngine engine;
    private final BufferedReader in;
    private final PrintWriter out;

    /** @param newWeft makes the interpreter, and a fresh one for :reset */
    public PipedRepl(java.util.function.Supplier<Weft> newWeft, BufferedReader in,
            PrintWriter out) {
        this.newWeft = newWeft;
        this.engine = new ReplEngine(newWeft.get());
        this.in = in;
        this.out = out;
    }

    public ReplEngine engine() {
        return engine;
    }

    public int run() throws IOException, InterruptedException {
        StringBuilder buffer = new StringBuilder();
        WeftError last = null;
        ReplCommands commands = new ReplCommands(out);
        String line;
        while ((line = in.readLine()) != null) {
            if (buffer.length() == 0 && line.strip().startsWith(":")) {
                ReplCommands.Outcome o = commands.run(line, engine);
                if (o == ReplCommands.Outcome.QUIT) {
                    break;
                }
                if (o == ReplCommands.Outcome.RESET) {
                    engine.shutdown();
                    engine = new ReplEngine(newWeft.get());
                    last = null;
                }
                continue;
            }
            buffer.append(line).append('\n');
            String text = buffer.toString();
            if (text.isBlank()) {
                buffer.setLength(0);
                continue;
            }
            if (InputCheck.isComplete(text.substring(0, text.length() - 1))) {
                buffer.setLength(0);
                last = engine.run(text, "<stdin>");
                if (last != null && last.isInstance(ErrorTypes.SYSTEM_EXIT)) {
                    engine.shutdown();
                    return Repl.exitStatus(last);
                }
            }
        }
        if (!buffer.toString().isBlank()) {
            last = engine.run(buffer.toString(), "<stdin>");
        }
        engine.shutdown();
        out.flush();
        return last == null ? 0 : 1;
    }
}
