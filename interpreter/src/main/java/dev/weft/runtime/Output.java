// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A script's text output stream (sys.stdout, sys.stderr): buffered as CPython buffers them, line
 * by line on a terminal, in blocks otherwise; always flushed before the other stream writes and
 * at exit, so output order stays readable.
 */
public final class Output {
    private static final int BLOCK = 8192;

    private final OutputStream out;
    private final boolean lineBuffered;
    private final StringBuilder buffer = new StringBuilder();
    /** The other stream to flush first, so stdout text precedes a traceback on stderr. */
    private Output flushFirst;

    public Output(OutputStream out, boolean lineBuffered) {
        this.out = out;
        this.lineBuffered = lineBuffered;
    }

    public void flushBeforeWriting(Output other) {
        this.flushFirst = other;
    }

    public synchronized void write(String s) {
        if (flushFirst != null) {
            flushFirst.flush();
        }
        buffer.append(s);
        if (buffer.length() >= BLOCK || (lineBuffered && s.indexOf('\n') >= 0)) {
            flush();
        }
    }

    public synchronized void flush() {
        if (buffer.length() == 0) {
            return;
        }
        try {
            out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            buffer.setLength(0);
        }
    }

    /** Writes raw bytes (sys.stdout.buffer). */
    public synchronized void writeBytes(byte[] bytes) {
        flush();
        try {
            out.write(bytes);
            if (lineBuffered) {
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
