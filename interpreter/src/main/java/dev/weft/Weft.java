// SPDX-License-Identifier: Apache-2.0
package dev.weft;

import dev.weft.ast.Expr;
import dev.weft.compile.Compiler;
import dev.weft.cps.Code;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.sched.DeadlockException;
import dev.weft.sched.Scheduler;
import dev.weft.sched.Task;
import dev.weft.runtime.WeftTuple;
import dev.weft.modules.ModuleRegistry;
import dev.weft.parse.Parser;
import dev.weft.parse.SyntaxError;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.Output;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Tracebacks;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * An embedded Weft interpreter: build one, then run scripts, evaluate expressions, and read or
 * write the globals of its {@code __main__} module.
 *
 * <pre>{@code
 * Weft weft = Weft.builder().build();
 * weft.exec("def square(x):\n    return x * x\n");
 * Object nine = weft.call("square", 3);   // 9L
 * }</pre>
 *
 * <p>Threading: an interpreter runs script code on the thread that calls into it, one call at a
 * time; it is not safe to call from several threads at once.
 */
public final class Weft {
    private final Interpreter interp;
    private final WeftModule main;
    /** The main task of the runMain/exec/eval call in progress, for Ctrl-C from another thread. */
    private volatile Task running;

    private Weft(Builder b) {
        ModuleRegistry registry = new ModuleRegistry();
        for (Library lib : b.libraries) {
            lib.register(registry);
        }
        Output out = new Output(b.stdout, b.lineBuffered);
        Output err = new Output(b.stderr, true);
        BufferedReader in = new BufferedReader(new InputStreamReader(b.stdin,
                StandardCharsets.UTF_8));
        this.interp = new Interpreter(out, err, in, b.argv, registry, b.recursionLimit,
                b.virtualTime ? dev.weft.sched.Clock.virtual() : dev.weft.sched.Clock.real());
        interp.importer().path().add(b.scriptDirectory == null ? ""
                : b.scriptDirectory.toString());
        this.main = new WeftModule("__main__", new WeftDict(), null);
        main.dict().putStr("__builtins__", interp.importer().modules().getStr("builtins"));
        main.dict().putStr("__package__", WeftNone.NONE);
        interp.importer().modules().putStr("__main__", main);
    }

    /** Starts configuring an interpreter. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs {@code source} as the main program, as the {@code weft} command does: an uncaught
     * exception's traceback goes to stderr. Returns the exit status: 0, 1 after an uncaught
     * exception, 2 for a syntax error, or the code given to {@code sys.exit}.
     */
    public int runMain(String source, String fileName) {
        // Code given as text ("<string>", python -c) has no file, so no __file__; standard
        // input ("<stdin>") and real files have one.
        if (!fileName.equals("<string>")) {
            main.dict().putStr("__file__", fileName);
        }
        Code code;
        try {
            code = Compiler.compileModule(Parser.parse(source, fileName), false);
        } catch (SyntaxError e) {
            interp.stdout().flush();
            interp.stderr().write(e.format());
            interp.stderr().flush();
            return 2;
        }
        WeftError failure = run(code, main.dict());
        int status = finish(failure);
        if (failure == deadlock) {
            interp.takeExitHooks();
        } else if (!runExitHooks() && status == 0) {
            status = 1;
        }
        interp.scheduler().reports().atExit(interp, interp.scheduler().liveTasks());
        interp.scheduler().cancelAll();
        interp.finalizer().closeAll(interp.mainFiber());
        interp.scheduler().close();
        flush();
        return status;
    }

    /** Runs REPL input: expression statements echo their value. Returns the uncaught error. */
    public WeftError runInteractive(String source, String fileName) {
        Code code = Compiler.compileModule(Parser.parse(source, fileName), true);
        WeftError failure = run(code, main.dict());
        if (failure != null && !failure.isInstance(ErrorTypes.SYSTEM_EXIT)) {
            interp.stderr().write(Tracebacks.format(interp.mainFiber(), failure));
        }
        interp.stdout().flush();
        return failure;
    }

    /** Exit status for how the main program ended; prints the traceback when it failed. */
    private int finish(WeftError failure) {
        try {
            if (failure == null) {
                return 0;
            }
            if (failure.isInstance(ErrorTypes.SYSTEM_EXIT)) {
                return exitStatus(failure);
            }
            interp.stderr().write(Tracebacks.format(interp.mainFiber(), failure));
            // As CPython, which ends by the SIGINT it was stopped with: the shell sees 128 + 2.
            return failure.isInstance(ErrorTypes.KEYBOARD_INTERRUPT) ? 130 : 1;
        } finally {
            flush();
        }
    }

    private int exitStatus(WeftError exit) {
        Object code = exit.firstArg();
        if (code == WeftNone.NONE) {
            return 0;
        }
        if (code instanceof Long l) {
            return (int) (long) l;
        }
        if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        interp.stderr().write(Reprs.str(interp.mainFiber(), code) + "\n");
        return 1;
    }

    /** Runs code as a main task on the scheduler, until it ends; returns its exception. */
    private WeftError run(Code code, WeftDict globals) {
        return run(code, globals, new Object[1]);
    }

    /** Runs {@code code} as the main task; its return value lands in {@code result[0]}. */
    private WeftError run(Code code, WeftDict globals, Object[] result) {
        dev.weft.runtime.Warnings.compiled(interp, code);
        Scheduler sched = interp.scheduler();
        Task task = sched.newMainTask();
        running = task;
        Frame f = new Frame(code, globals);
        sched.start(task, task.fiber().enter(f, task.rootSite()));
        try {
            sched.runUntilDone(task);
        } catch (DeadlockException d) {
            interp.stdout().flush();
            interp.stderr().write(d.getMessage());
            return deadlock;
        } finally {
            running = null;
        }
        result[0] = task.result();
        return task.error();
    }

    /**
     * Runs the exit hooks (threading's join of non-daemon threads), each as a main task; a
     * hook's uncaught exception is reported and the next hook still runs. False when a hook
     * deadlocked (reported; the rest are skipped).
     */
    private boolean runExitHooks() {
        for (Object hook : interp.takeExitHooks()) {
            Scheduler sched = interp.scheduler();
            Task task = sched.newMainTask();
            sched.start(task, new dev.weft.steps.CallStarter(hook, new Object[0],
                    task.rootSite()));
            try {
                sched.runUntilDone(task);
            } catch (DeadlockException d) {
                interp.stdout().flush();
                interp.stderr().write(d.getMessage());
                return false;
            }
            WeftError e = task.error();
            if (e != null && !e.isInstance(ErrorTypes.SYSTEM_EXIT)) {
                interp.stderr().write(Tracebacks.format(task.fiber(), e));
            }
        }
        flush();
        return true;
    }

    /** Marks a run that ended in deadlock (the report is already printed). */
    private final WeftError deadlock = new WeftError(ErrorTypes.SYSTEM_EXIT, WeftTuple.of(1L));

    // ---- interactive use (the REPL); call these on the thread running serve() -----------------

    /**
     * Starts one REPL input as a task ({@code <input>}): expression statements echo their
     * value; its traceback (or syntax error) is printed. {@code done} hears how it ended (null:
     * fine). Returns the task, or null when the input did not compile.
     */
    public Task startInteractive(String source, String fileName,
            java.util.function.Consumer<WeftError> done) {
        return startInput(source, fileName, true, done);
    }

    /** As {@link #startInteractive}; {@code echo} false runs it as a script (:load, -i). */
    public Task startInput(String source, String fileName, boolean echo,
            java.util.function.Consumer<WeftError> done) {
        Code code;
        try {
            code = Compiler.compileModule(Parser.parse(source, fileName), echo);
        } catch (SyntaxError e) {
            interp.stdout().flush();
            interp.stderr().write(e.format());
            done.accept(Errors.fromSyntax(e));
            return null;
        }
        dev.weft.runtime.Warnings.compiled(interp, code);
        Scheduler sched = interp.scheduler();
        Task task = sched.newMainTask();
        task.setName("<input>");
        Frame f = new Frame(code, main.dict());
        sched.start(task, task.fiber().enter(f, task.rootSite()));
        task.whenDone(t -> {
            WeftError e = t.error();
            if (e != null && !e.isInstance(ErrorTypes.SYSTEM_EXIT)) {
                interp.stdout().flush();
                interp.stderr().write(Tracebacks.format(t.fiber(), e));
            }
            interp.stdout().flush();
            done.accept(e);
        });
        return task;
    }

    /** Runs the scheduler on this thread until {@code stop} says so (the REPL's loop). */
    public void serve(java.util.function.BooleanSupplier stop) {
        interp.scheduler().serve(stop);
    }

    /** Runs {@code job} on the serving thread (thread-safe). */
    public void submit(Runnable job) {
        interp.scheduler().submit(job);
    }

    /** Ctrl-C: KeyboardInterrupt in {@code task}, wherever it is (thread-safe). */
    /**
     * Raises KeyboardInterrupt in the code that runMain, exec or eval is running (Ctrl-C); safe
     * to call from any thread. False when nothing is running.
     */
    public boolean interruptRunning() {
        Task t = running;
        if (t == null) {
            return false;
        }
        interrupt(t);
        return true;
    }

    public void interrupt(Task task) {
        interp.interruptTarget = task;
        interp.interruptRequested = true;
        submit(() -> {
            if (interp.interruptTarget == task && !task.isDone()) {
                interp.interruptRequested = false;
                interp.interruptTarget = null;
                task.interrupt();
            }
        });
    }

    /**
     * Ends the program: cancels the remaining tasks, closes suspended generators, then every
     * file, socket and channel still open (and the selector), and stops the worker threads.
     */
    public void shutdown() {
        runExitHooks();
        interp.scheduler().cancelAll();
        interp.finalizer().closeAll(interp.mainFiber());
        interp.scheduler().close();
        flush();
    }

    /** The globals of {@code __main__} (for completion and :reset). */
    public WeftDict globals() {
        return main.dict();
    }

    /** Runs statements in {@code __main__}; an uncaught exception becomes a WeftException. */
    public void exec(String code) {
        Code compiled = compile(code, "<string>", false);
        WeftError failure = run(compiled, main.dict());
        if (failure != null) {
            throw toException(failure);
        }
    }

    /** Evaluates one expression in {@code __main__} and returns its value. */
    public Object eval(String expression) {
        Code compiled;
        try {
            Expr e = Parser.parseExpression(expression, "<string>");
            compiled = Compiler.compileEval(e, "<string>", expression, false);
        } catch (SyntaxError se) {
            throw new WeftSyntaxException(se);
        }
        Object[] result = new Object[1];
        WeftError failure = run(compiled, main.dict(), result);
        if (failure != null) {
            throw toException(failure);
        }
        return result[0];
    }

    private Code compile(String code, String file, boolean interactive) {
        try {
            return Compiler.compileModule(Parser.parse(code, file), interactive);
        } catch (SyntaxError se) {
            throw new WeftSyntaxException(se);
        }
    }

    /** A global of {@code __main__}, or null when it is not set. */
    public Object get(String name) {
        return main.dict().getStr(name);
    }

    /** Sets a global of {@code __main__}; Java values are converted (see {@link Values}). */
    public void set(String name, Object value) {
        main.dict().putStr(name, Values.toScript(value));
    }

    /** Calls the global function {@code name} of {@code __main__} with converted arguments. */
    public Object call(String name, Object... args) {
        Object fn = main.dict().getStr(name);
        if (fn == null) {
            throw new IllegalArgumentException("no global named " + name);
        }
        Object[] converted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            converted[i] = Values.toScript(args[i]);
        }
        Fiber t = interp.mainFiber();
        try {
            return Calls.callDirect(t, fn, converted);
        } catch (WeftError e) {
            throw toException(e);
        }
    }

    private WeftException toException(WeftError e) {
        Fiber t = interp.mainFiber();
        String line = Tracebacks.lastLine(t, e);
        String type = e.type().name();
        String msg = line.length() > type.length() + 2 ? line.substring(type.length() + 2) : "";
        return new WeftException(type, msg, Tracebacks.format(t, e), e);
    }

    /** Flushes the script's stdout and stderr. */
    public void flush() {
        interp.stdout().flush();
        interp.stderr().flush();
    }

    /** Whether {@code source} is a complete input (for line-by-line front ends). */
    public static boolean isComplete(String source) {
        return Parser.isComplete(source);
    }

    /** The internal interpreter, for the command line and the standard library. */
    public Interpreter interpreter() {
        return interp;
    }

    /** Configures a {@link Weft}. */
    /** Configures an interpreter; every setting has a default, so {@code build()} alone works. */
    public static final class Builder {
        private OutputStream stdout = System.out;
        private OutputStream stderr = System.err;
        private InputStream stdin = System.in;
        private boolean lineBuffered;
        private List<String> argv = List.of("");
        private int recursionLimit = 1000;
        private Path scriptDirectory;
        private final List<Library> libraries = new ArrayList<>();
        private boolean discover = true;
        private boolean virtualTime;

        /**
         * Virtual time: sleeps and timers complete at once, in order, whenever every task is
         * idle; time.time() and time.monotonic() follow the virtual clock.
         */
        public Builder virtualTime(boolean on) {
            this.virtualTime = on;
            return this;
        }

        /** Where {@code print} and {@code sys.stdout} write (default: System.out). */
        public Builder stdout(OutputStream out) {
            this.stdout = out;
            return this;
        }

        /** Where tracebacks, warnings and {@code sys.stderr} write (default: System.err). */
        public Builder stderr(OutputStream err) {
            this.stderr = err;
            return this;
        }

        /** What {@code input()} and {@code sys.stdin} read (default: System.in). */
        public Builder stdin(InputStream in) {
            this.stdin = in;
            return this;
        }

        /** Flush stdout at every line (as on a terminal) rather than in blocks. */
        public Builder lineBuffered(boolean on) {
            this.lineBuffered = on;
            return this;
        }

        /** {@code sys.argv}: the script name first. */
        public Builder argv(List<String> argv) {
            this.argv = List.copyOf(argv);
            return this;
        }

        /**
         * The maximum script call depth (default 1000, as CPython). Script calls live on the
         * heap, so a large limit costs heap, not Java stack.
         */
        public Builder recursionLimit(int limit) {
            this.recursionLimit = limit;
            return this;
        }

        /** The directory modules are imported from first ({@code sys.path[0]}). */
        public Builder scriptDirectory(Path dir) {
            this.scriptDirectory = dir;
            return this;
        }

        /** Adds a library explicitly (libraries on the class path are found automatically). */
        public Builder library(Library lib) {
            libraries.add(lib);
            return this;
        }

        /** Whether to load the libraries listed in META-INF/services (default: yes). */
        public Builder discoverLibraries(boolean on) {
            this.discover = on;
            return this;
        }

        /** A new interpreter with its own globals, modules and scheduler. */
        public Weft build() {
            if (discover) {
                for (Library lib : ServiceLoader.load(Library.class)) {
                    libraries.add(lib);
                }
            }
            return new Weft(this);
        }
    }
}
