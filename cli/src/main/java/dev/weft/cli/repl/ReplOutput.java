// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli.repl;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReader;

/**
 * The script's output in the terminal REPL: while the prompt waits for input, whole lines go
 * above it (JLine's printAbove), so a background task's output never garbles the line being
 * typed; otherwise text goes straight to the terminal.
 */
public final class ReplOutput extends OutputStream {
    private final PrintWriter terminal;
    private LineReader reader;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    ReplOutput(PrintWriter terminal) {
        this.terminal = terminal;
    }

    void attach(LineReader reader) {
        this.reader = reader;
    }

    @Override
    public synchronized void write(int b) {
        pending.write(b);
        if (b == '\n') {
            flushLines();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
        flushLines();
    }

    @Override
    public synchronized void flush() {
        if (reader == null || !reader.isReading()) {
            emit(pending.toString(StandardCharsets.UTF_8));
            pending.reset();
        }
    }

    private void flushLines() {
        String text = pending.toString(StandardCharsets.UTF_8);
        int nl = text.lastIndexOf('\n');
        if (nl < 0) {
            return;
        }
        emit(text.substring(0, nl + 1));
        pending.reset();
        byte[] rest = text.substring(nl + 1).getBytes(StandardCharsets.UTF_8);
        pending.write(rest, 0, rest.length);
    }

    private void emit(String text) {
        if (text.isEmpty()) {
            return;
        }
        LineReader r = reader;
        if (r != null && r.isReading()) {
            r.printAbove(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        } else {
            terminal.print(text);
            terminal.flush();
        }
    }
}
