// SPDX-License-Identifier: Apache-2.0
package dev.weft.scripts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The oracle: runs a script under CPython when python3 (3.11) is on the PATH. */
final class CPython {
    private CPython() {}

    private static final String EXECUTABLE = find();

    /** The interpreter's real path, or null when there is no usable python3. */
    private static String find() {
        try {
            Process p = new ProcessBuilder("python3", "-c",
                    "import sys; print(sys.executable); print(sys.version_info[:2] >= (3, 11))")
                    .redirectErrorStream(true).start();
            String[] out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .strip().split("\n");
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0 || out.length < 2
                    || !out[1].equals("True")) {
                return null;
            }
            return out[0];
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    static boolean available() {
        return EXECUTABLE != null;
    }

    static String describe() {
        return EXECUTABLE == null ? "python3 >= 3.11 not found on PATH" : EXECUTABLE;
    }

    static Run run(Path file, List<String> stdin, List<String> args) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(EXECUTABLE, "-X", "utf8",
                file.getFileName().toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(file.toAbsolutePath().getParent()
                .toFile());
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process p = pb.start();
        byte[] input = (stdin.isEmpty() ? "" : String.join("\n", stdin) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        p.getOutputStream().write(input);
        p.getOutputStream().close();
        var out = p.getInputStream();
        var err = p.getErrorStream();
        byte[][] captured = new byte[2][];
        Thread drain = new Thread(() -> {
            try {
                captured[1] = err.readAllBytes();
            } catch (IOException e) {
                captured[1] = new byte[0];
            }
        });
        drain.start();
        captured[0] = out.readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("python3 did not finish: " + file);
        }
        drain.join();
        return new Run(new String(captured[0], StandardCharsets.UTF_8),
                new String(captured[1], StandardCharsets.UTF_8), p.exitValue());
    }
}
