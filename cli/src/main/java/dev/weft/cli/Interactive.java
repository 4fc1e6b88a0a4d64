// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli;

import dev.weft.Weft;
import dev.weft.cli.repl.PipedRepl;
import dev.weft.cli.repl.Repl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Starts the REPL: on the terminal (JLine), or without one for piped input. */
final class Interactive {
    private Interactive() {}

    /** {@code source}, when not null, runs first as {@code file} (a path or {@code <string>}). */
    static int terminal(Weft.Builder builder, String source, String file)
            throws IOException, InterruptedException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            Path history = Path.of(System.getProperty("user.home"), ".weft_history");
            Repl repl = new Repl(terminal, history, out -> builder.stdout(out).stderr(out)
                    .build());
            if (source != null) {
                repl.runFirst(source, file);
            }
            return repl.run();
        }
    }

    static int piped(Weft.Builder builder, String source, String file)
            throws IOException, InterruptedException {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8));
        PipedRepl repl = new PipedRepl(builder::build, in, out);
        if (source != null) {
            repl.engine().run(source, file, false);
        }
        return repl.run();
    }
}
