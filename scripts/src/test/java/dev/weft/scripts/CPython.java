// SPDX-License-Identifier: Apache-2.0
package dev.weft.scripts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An oracle: a CPython 3.11 that runs a script the way Weft must. {@link #PLAIN} is the first
 * {@code python3} on the PATH (the language and standard library); {@link #GEVENT} is a Python
 * with gevent 22.10 and greenlet 2.0 installed (Debian's system Python with its python3-gevent
 * and python3-greenlet packages, or the interpreter named by {@code WEFT_GEVENT_PYTHON}).
 */
final class CPython {
    static final CPython PLAIN = new CPython("python3 >= 3.11 on the PATH",
            List.of("python3"), "True");
    static final CPython GEVENT = new CPython("a Python 3.11 with gevent 22.10 and greenlet 2.0"
            + " (apt-get install python3-gevent python3-greenlet, or set WEFT_GEVENT_PYTHON)",
            geventCandidates(), "import gevent, greenlet; print(gevent.__version__.startswith("
                    + "'22.10') and greenlet.__version__.startswith('2.0'))");

    private final String wanted;
    private final String executable;

    private CPython(String wanted, List<String> candidates, String probe) {
        this.wanted = wanted;
        String found = null;
        for (String c : candidates) {
            found = find(c, probe);
            if (found != null) {
                break;
            }
        }
        this.executable = found;
    }

    private static List<String> geventCandidates() {
        List<String> c = new ArrayList<>();
        String env = System.getenv("WEFT_GEVENT_PYTHON");
        if (env != null && !env.isBlank()) {
            c.add(env);
        }
        c.add("python3");
        c.add("/usr/bin/python3"); // where Debian's packages install for the system Python
        return c;
    }

    /** The interpreter's real path, or null when it is missing, older than 3.11 or fails probe. */
    private static String find(String command, String probe) {
        String check = probe.equals("True") ? "print(True)" : probe;
        try {
            Process p = new ProcessBuilder(command, "-c", "import sys; print(sys.executable);"
                    + " print(sys.version_info[:2] >= (3, 11)); " + check)
                    .redirectErrorStream(true).start();
            String[] out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .strip().split("\n");
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0 || out.length < 3
                    || !out[1].equals("True") || !out[2].equals("True")) {
                return null;
            }
            return out[0];
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    boolean available() {
        return executable != null;
    }

    String describe() {
        return executable == null ? "not found: " + wanted : executable;
    }

    Run run(Path file, List<String> stdin, List<String> args) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(executable, "-X", "utf8",
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
            throw new AssertionError("the oracle did not finish: " + file);
        }
        drain.join();
        return new Run(new String(captured[0], StandardCharsets.UTF_8),
                new String(captured[1], StandardCharsets.UTF_8), p.exitValue());
    }
}
