// SPDX-License-Identifier: Apache-2.0
package dev.weft.scripts;

import dev.weft.Weft;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of a script, in process, with its output captured. */
record Run(String stdout, String stderr, int exit) {
    static final long TIMEOUT_MILLIS = 60_000;

    static Run weft(Path file, String source, Expectations e) {
        return weft(file, source, e.stdin, e.args, e.recursionLimit, e.virtualTime);
    }

    static Run weft(Path file, String source, List<String> stdin, List<String> args,
            Integer recursionLimit, boolean virtualTime) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String input = stdin.isEmpty() ? "" : String.join("\n", stdin) + "\n";
        List<String> argv = new ArrayList<>();
        argv.add(file.toString());
        argv.addAll(args);
        Weft.Builder b = Weft.builder()
                .stdout(out)
                .stderr(err)
                .stdin(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
                .argv(argv)
                .scriptDirectory(file.toAbsolutePath().getParent())
                .virtualTime(virtualTime);
        if (recursionLimit != null) {
            b.recursionLimit(recursionLimit);
        }
        int[] status = new int[1];
        // Scripts run on a thread with a big stack, as under the weft command.
        Thread th = new Thread(null, () -> status[0] = b.build().runMain(source,
                file.toString()), "weft-test", 256L << 20);
        th.setDaemon(true);
        th.start();
        try {
            th.join(TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (th.isAlive()) {
            throw new AssertionError("script still running after " + TIMEOUT_MILLIS / 1000
                    + " s: " + file);
        }
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                status[0]);
    }

    /** The last non-empty line of stderr (where the exception type and message are). */
    String lastErrorLine() {
        String[] lines = stderr.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }

    /** The line number of the innermost traceback entry outside the stdlib, or -1. */
    int innermostLine() {
        int line = -1;
        for (String l : stderr.split("\n")) {
            int at = l.indexOf("\", line ");
            // Frames inside the standard library's Weft modules are not the script's line.
            if (l.startsWith("  File \"") && at > 0 && !l.startsWith("  File \"<weft stdlib>")) {
                String rest = l.substring(at + 8);
                int comma = rest.indexOf(',');
                line = Integer.parseInt(comma < 0 ? rest.trim() : rest.substring(0, comma));
            }
        }
        return line;
    }
}
