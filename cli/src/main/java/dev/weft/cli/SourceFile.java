// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a script as UTF-8, saying where it is not (as CPython's tokenizer does). */
final class SourceFile {
    private SourceFile() {}

    /** A script that is not UTF-8: the message is CPython's last line for it. */
    static final class NotUtf8 extends IOException {
        NotUtf8(String message) {
            super(message);
        }
    }

    static String read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new NotUtf8(String.format("SyntaxError: Non-UTF-8 code starting with '\\x%02x'"
                    + " in file %s on line %d, but no encoding declared; see"
                    + " https://peps.python.org/pep-0263/ for details", bytes[at] & 0xff, path,
                    line));
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
