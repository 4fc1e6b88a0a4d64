// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli;

import dev.weft.Weft;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options and arguments of {@code weft}, and what each way of running does. */
@Command(name = "weft", mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Run a Weft script: Python 3 syntax and semantics, plus spawn.",
            "With no FILE (and a terminal), start the interactive REPL."},
        footer = {"", "Exit status: 0 success, 1 uncaught exception, 2 usage or syntax error."})
final class WeftCommand implements Callable<Integer> {

    @Option(names = "-c", paramLabel = "CODE", description = "Run CODE as the program.")
    private String code;

    @Option(names = "-i", description = "Open the REPL after running the script.")
    private boolean inspect;

    @Option(names = "--recursion-limit", paramLabel = "N",
            description = "Maximum script call depth (default 1000, as CPython).")
    private int recursionLimit = 1000;

    @Option(names = "--virtual-time",
            description = "Run on a virtual clock: sleeps finish at once, in order.")
    private boolean virtualTime;

    @Option(names = "--debug", description = "Show Java stack traces for internal errors.")
    private boolean debug;

    @Parameters(arity = "0..*", paramLabel = "FILE [ARGS]",
            description = "The script to run (or - for stdin), then its arguments.")
    private List<String> positional = new ArrayList<>();

    /** The command for {@code weft FILE [args]}: defaults for every option. */
    static WeftCommand script(List<String> fileAndArgs) {
        WeftCommand c = new WeftCommand();
        c.positional = new ArrayList<>(fileAndArgs);
        return c;
    }

    @Override
    public Integer call() {
        try {
            boolean terminal = System.console() != null;
            if (inspect || (code == null && positional.isEmpty() && terminal)) {
                return interactive(terminal);
            }
            if (code != null) {
                List<String> argv = new ArrayList<>();
                argv.add("-c");
                argv.addAll(positional);
                return run(code, "<string>", argv, Path.of(""));
            }
            if (positional.isEmpty() || positional.get(0).equals("-")) {
                List<String> argv = new ArrayList<>(positional);
                if (argv.isEmpty()) {
                    argv.add("");
                }
                String src = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
                return run(src, "<stdin>", argv, Path.of(""));
            }
            return runFile(positional.get(0));
        } catch (IOException e) {
            System.err.println("weft: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(e);
        }
    }

    /** The REPL (after running FILE with -i): on a terminal, or fed by piped input. */
    private int interactive(boolean terminal) throws IOException, InterruptedException {
        if (code != null) {
            List<String> argv = new ArrayList<>(List.of("-c"));
            argv.addAll(positional);
            return terminal ? Interactive.terminal(builder(argv, Path.of("")), code, "<string>")
                    : Interactive.piped(builder(argv, Path.of("")), code, "<string>");
        }
        String file = positional.isEmpty() ? null : positional.get(0);
        List<String> argv = new ArrayList<>(positional.isEmpty() ? List.of("") : positional);
        Path dir = file == null ? Path.of("") : Path.of(file).toAbsolutePath().getParent();
        String source = null;
        if (file != null) {
            try {
                source = SourceFile.read(Path.of(file));
            } catch (NoSuchFileException e) {
                System.err.println("weft: can't open file '" + file + "': [Errno 2] No such file"
                        + " or directory");
                return 2;
            }
        }
        String name = file == null ? null : Path.of(file).toAbsolutePath().toString();
        if (terminal) {
            return Interactive.terminal(builder(argv, dir), source, name);
        }
        return Interactive.piped(builder(argv, dir), source, name);
    }

    private Weft.Builder builder(List<String> argv, Path dir) {
        return Weft.builder().argv(argv).recursionLimit(recursionLimit).scriptDirectory(dir)
                .lineBuffered(true).virtualTime(virtualTime);
    }

    private int runFile(String file) throws IOException {
        Path path = Path.of(file);
        String src;
        try {
            src = SourceFile.read(path);
        } catch (SourceFile.NotUtf8 e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            System.err.println("weft: can't open file '" + file + "': [Errno 2] No such file or"
                    + " directory");
            return 2;
        } catch (IOException e) {
            String why = Files.isDirectory(path) ? "[Errno 21] Is a directory"
                    : e.getMessage();
            System.err.println("weft: can't open file '" + file + "': " + why);
            return 2;
        }
        // As CPython 3.9+: the main script's code knows its absolute (unnormalised) path.
        Path absolute = path.toAbsolutePath();
        return run(src, absolute.toString(), positional, absolute.getParent());
    }

    private int run(String source, String name, List<String> argv, Path dir) {
        Weft weft = Weft.builder()
                .argv(argv)
                .recursionLimit(recursionLimit)
                .scriptDirectory(dir)
                .lineBuffered(System.console() != null)
                .virtualTime(virtualTime)
                .build();
        Interrupts.deliverTo(weft);
        return weft.runMain(source, name);
    }

    private int internalError(Throwable e) {
        System.out.flush();
        System.err.println("weft: internal error: " + e);
        if (debug) {
            e.printStackTrace();
        } else {
            System.err.println("(run with --debug for the Java stack trace; please report it)");
        }
        return 70;
    }
}
