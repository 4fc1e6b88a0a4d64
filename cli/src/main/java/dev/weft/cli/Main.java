// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/** The {@code weft} command's entry point: runs the command line on a big-stack thread. */
public final class Main {
    private Main() {}

    /**
     * Script code runs on its own thread with a large stack: script calls never use the Java
     * stack, but calls from builtins back into script code (sort keys, __repr__) do.
     */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    public static void main(String[] args) throws InterruptedException {
        int[] status = new int[1];
        Thread runner = new Thread(null, () -> status[0] = run(args), "weft-main", STACK_BYTES);
        runner.start();
        runner.join();
        System.out.flush();
        System.exit(status[0]);
    }

    /** Parses the arguments and runs; returns the exit status. */
    public static int run(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            // weft FILE [args]: nothing for picocli to parse, and skipping it saves a tenth of
            // a second of start-up (its reflection cannot be class-data shared).
            return WeftCommand.script(List.of(args)).call();
        }
        CommandLine cl = new CommandLine(new WeftCommand());
        cl.setStopAtPositional(true);
        cl.setUnmatchedOptionsArePositionalParams(false);
        cl.setErr(new PrintWriter(System.err, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("weft: " + ex.getMessage());
            err.println("usage: weft [options] [FILE | -c CODE | -] [args...]  (try weft --help)");
            return 2;
        });
        return cl.execute(args);
    }
}
