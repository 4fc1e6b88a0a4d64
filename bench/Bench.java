// SPDX-License-Identifier: Apache-2.0
// Runs each program of bench/programs under Weft and (when present) python3, the same program
// text, and prints median times and Weft/CPython ratios: in-process after warm-up (the program
// times its own repetitions) and whole-process (JVM start-up included).
//
// Then the scheduler figures: task switches per second (1,000 tasks x 2,000 sleep(0)) against
// python3's asyncio in the same run; greenlet switches per second (two greenlets ping-ponging)
// and gevent switches per second (1,000 greenlets x 200 gevent.sleep(0)) against the real
// greenlet and gevent, when a CPython that has them is found (python3, or Debian's system
// Python, /usr/bin/python3, with python3-gevent); and 100,000 and 1,000,000 tasks sleeping 1 s
// at once (wall time and heap per suspended task).
//
// Usage: java bench/Bench.java [--runs N] [--reps N] [--no-scheduler] [--greenlet] [program...]
//        (--greenlet: only the greenlet and gevent figures)
//        (from the project root)

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class Bench {
    static int runs = 5;
    static int reps = 7;
    static boolean scheduler = true;

    public static void main(String[] args) throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--no-scheduler" -> scheduler = false;
                case "--greenlet" -> {
                    greenletFigures(Path.of("bench/programs"));
                    return;
                }
                default -> names.add(args[i]);
            }
        }
        Path dir = Path.of("bench/programs");
        if (names.isEmpty()) {
            names = List.of("fib", "loop", "gen_for", "gen_send");
        }
        boolean python = run(List.of("python3", "-c", "pass")).exit == 0;
        System.out.printf("%-12s %-14s %12s %12s %8s%n", "program", "measure", "weft (s)",
                "cpython (s)", "ratio");
        for (String name : names) {
            Path prog = dir.resolve(name + ".py");
            double[] weftIn = inProcess(List.of("./weft", prog.toString(), "" + reps));
            double[] weftWhole = wholeProcess(List.of("./weft", prog.toString()));
            double[] pyIn = python ? inProcess(List.of("python3", prog.toString(), "" + reps)) : null;
            double[] pyWhole = python ? wholeProcess(List.of("python3", prog.toString())) : null;
            row(name, "in-process", weftIn, pyIn);
            row(name, "whole-process", weftWhole, pyWhole);
        }
        if (scheduler) {
            schedulerFigures(dir, python);
        }
    }

    static void schedulerFigures(Path dir, boolean python) throws Exception {
        System.out.println();
        double weft = median(values(run(List.of("./weft", dir.resolve("switch_weft.weft")
                .toString(), "" + reps)).out, "switches/s", 2));
        System.out.printf("%-28s %14.0f%n", "switches/s weft", weft);
        if (python) {
            double asyncio = median(values(run(List.of("python3", dir.resolve(
                    "switch_asyncio.py").toString(), "" + Math.max(3, reps / 2))).out,
                    "switches/s", 1));
            System.out.printf("%-28s %14.0f%n", "switches/s asyncio", asyncio);
            System.out.printf("%-28s %14.1fx%n", "weft / asyncio", weft / asyncio);
        }
        greenletFigures(dir);
        for (String n : List.of("100000", "1000000")) {
            // A fixed heap makes the per-task figure a measure of live data, not of GC timing.
            Result r = run(List.of("env", "WEFT_JAVA_OPTS=-Xms2g -Xmx2g", "./weft",
                    dir.resolve("many_sleepers.weft").toString(), n));
            System.out.printf("%-28s %12.3f s %8.0f bytes/task%n", n + " sleepers: wall",
                    median(values(r.out, "time", 0)),
                    median(values(r.out, "bytes per suspended task", 0)));
        }
    }

    /** greenlet and gevent switch rates, Weft against the real modules, alternating runs. */
    static void greenletFigures(Path dir) throws Exception {
        String peer = null;
        for (String py : List.of("python3", "/usr/bin/python3")) {
            if (run(List.of(py, "-c", "import greenlet, gevent")).exit == 0) {
                peer = py;
                break;
            }
        }
        for (String name : List.of("switch_greenlet", "switch_gevent")) {
            String prog = dir.resolve(name + ".py").toString();
            List<Double> weft = new ArrayList<>();
            List<Double> real = new ArrayList<>();
            for (int r = 0; r < Math.max(1, runs / 2); r++) {
                for (double v : values(run(List.of("./weft", prog, "" + reps)).out,
                        "switches/s", 2)) {
                    weft.add(v);
                }
                if (peer != null) {
                    for (double v : values(run(List.of(peer, prog, "" + reps)).out,
                            "switches/s", 1)) {
                        real.add(v);
                    }
                }
            }
            String what = name.substring("switch_".length());
            double w = median(weft.stream().mapToDouble(Double::doubleValue).toArray());
            System.out.printf("%-28s %14.0f%n", what + " switches/s weft", w);
            if (peer != null) {
                double p = median(real.stream().mapToDouble(Double::doubleValue).toArray());
                System.out.printf("%-28s %14.0f%n", what + " switches/s real " + what, p);
                System.out.printf("%-28s %14.1fx%n", "weft / " + what, w / p);
            }
        }
    }

    /** The numbers after {@code key} on the program's output lines, first {@code skip} dropped. */
    static double[] values(String out, String key, int skip) {
        List<Double> found = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith(key + " ")) {
                found.add(Double.parseDouble(line.substring(key.length() + 1).trim()));
            }
        }
        return found.subList(Math.min(skip, Math.max(0, found.size() - 1)), found.size())
                .stream().mapToDouble(Double::doubleValue).toArray();
    }

    static void row(String name, String what, double[] weft, double[] py) {
        double w = median(weft);
        String p = py == null ? "-" : String.format("%.3f", median(py));
        String r = py == null ? "-" : String.format("%.2f", w / median(py));
        System.out.printf("%-12s %-14s %12.3f %12s %8s%n", name, what, w, p, r);
    }

    /** Times of the program's own repetitions, first two dropped as warm-up, over all runs. */
    static double[] inProcess(List<String> cmd) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int r = 0; r < Math.max(1, runs / 2); r++) {
            Result res = run(cmd);
            List<Double> mine = new ArrayList<>();
            for (String line : res.out.split("\n")) {
                if (line.startsWith("time ")) {
                    mine.add(Double.parseDouble(line.substring(5).trim()));
                }
            }
            times.addAll(mine.subList(Math.min(2, mine.size()), mine.size()));
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double[] wholeProcess(List<String> cmd) throws Exception {
        run(cmd);
        double[] t = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            run(cmd);
            t[r] = (System.nanoTime() - t0) / 1e9;
        }
        return t;
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2]
                : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    record Result(int exit, String out) {}

    static Result run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }
}
