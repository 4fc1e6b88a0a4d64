// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.builtins.Builtins;
import dev.weft.builtins.SysModule;
import dev.weft.cps.Fiber;
import dev.weft.modules.Importer;
import dev.weft.modules.ModuleRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One independent Weft world: its builtins, loaded modules, standard streams and limits. All
 * script code of an interpreter runs on one thread at a time; nothing here is shared between
 * interpreters except immutable builtin types.
 */
public final class Interpreter {
    private final WeftDict builtins = new WeftDict(256);
    private final Output stdout;
    private final Output stderr;
    private final BufferedReader stdin;
    private final Importer importer;
    private final List<String> argv;
    private int recursionLimit;
    private final Fiber main;
    private final Finalizer finalizer = new Finalizer();
    private final java.util.Set<String> warned = Warnings.newSeenSet();
    /** Script callables run when the main program has ended, before the other tasks stop. */
    private final java.util.List<Object> exitHooks = new java.util.ArrayList<>();
    /** Set by Ctrl-C (from another thread); the running fiber polls it. */
    public volatile boolean interruptRequested;
    /** The task Ctrl-C is aimed at (the REPL input or the main program). */
    public volatile dev.weft.sched.Task interruptTarget;

    private final dev.weft.sched.Scheduler scheduler;
    /** What scripts of this interpreter may reach outside it (see dev.weft.Capability). */
    private final java.util.EnumSet<dev.weft.Capability> granted =
            java.util.EnumSet.allOf(dev.weft.Capability.class);
    /** sys.set_int_max_str_digits() changes this interpreter's limit only. */
    public final dev.weft.runtime.text.IntDigitLimit.Setting intDigits =
            new dev.weft.runtime.text.IntDigitLimit.Setting();

    public Interpreter(Output stdout, Output stderr, BufferedReader stdin, List<String> argv,
            ModuleRegistry registry, int recursionLimit) {
        this(stdout, stderr, stdin, argv, registry, recursionLimit,
                dev.weft.sched.Clock.real());
    }

    public Interpreter(Output stdout, Output stderr, BufferedReader stdin, List<String> argv,
            ModuleRegistry registry, int recursionLimit, dev.weft.sched.Clock clock) {
        Builtins.ensureTypesReady();
        this.stdout = stdout;
        this.stderr = stderr;
        this.stdin = stdin;
        this.argv = argv;
        this.recursionLimit = recursionLimit;
        stderr.flushBeforeWriting(stdout);
        this.importer = new Importer(this, registry);
        WeftModule sys = new WeftModule("sys", new WeftDict(), null);
        importer.modules().putStr("sys", sys);
        Builtins.populate(this, builtins);
        WeftBuiltin.claimAll(builtins, "builtins");
        WeftModule bm = new WeftModule("builtins", builtins, null);
        importer.modules().putStr("builtins", bm);
        SysModule.populate(this, sys);
        WeftBuiltin.claimAll(sys.dict(), "sys");
        this.scheduler = new dev.weft.sched.Scheduler(this, clock);
        scheduler.setListener(this::taskFinished);
        this.main = new Fiber(this);
    }

    /** A task died of an exception nobody waits for: report it now, with where it began. */
    private void taskFinished(dev.weft.sched.Task t, boolean watched) {
        WeftError e = t.error();
        if (watched || t.wasRetrieved() || e == null || t.isCancelled() || t.isMain()) {
            return;
        }
        stdout.flush();
        String where = t.spawnedAt();
        stderr.write("Task '" + t.name() + "'" + (where == null ? "" : " (spawned at " + where
                + ")") + " died of an exception nobody awaited:\n"
                + Tracebacks.format(t.fiber(), e));
    }

    /** Replaces the capabilities scripts are granted (the embedding builder's choice). */
    public void grant(java.util.Set<dev.weft.Capability> capabilities) {
        granted.clear();
        granted.addAll(capabilities);
    }

    /** Whether scripts may use {@code c}. */
    public boolean allows(dev.weft.Capability c) {
        return granted.contains(c);
    }

    /**
     * Raises PermissionError unless {@code c} is granted; {@code operation} names what the
     * script tried (e.g. {@code "open"}). Call it at every entry point that reaches outside.
     */
    public void require(dev.weft.Capability c, String operation) {
        if (!granted.contains(c)) {
            throw Errors.of(ErrorTypes.PERMISSION_ERROR, operation + ": " + c.description()
                    + " is not allowed in this interpreter (capability " + c.name() + ")");
        }
    }

    public dev.weft.sched.Scheduler scheduler() {
        return scheduler;
    }

    /** Locations a warning was already shown for (warnings show once per location). */
    public java.util.Set<String> warnedLocations() {
        return warned;
    }

    /**
     * Registers {@code fn} to be called, with no arguments and as a main task, once the main
     * program has ended and before the remaining tasks are stopped (threading joins its
     * non-daemon threads there). Hooks run in the order registered.
     */
    public void atExit(Object fn) {
        exitHooks.add(fn);
    }

    /** The exit hooks not yet run, which are forgotten (each runs once). */
    public java.util.List<Object> takeExitHooks() {
        java.util.List<Object> hooks = new java.util.ArrayList<>(exitHooks);
        exitHooks.clear();
        return hooks;
    }

    /** Suspended generators to close when the program ends. */
    public Finalizer finalizer() {
        return finalizer;
    }

    public WeftDict builtins() {
        return builtins;
    }

    public Output stdout() {
        return stdout;
    }

    public Output stderr() {
        return stderr;
    }

    public Importer importer() {
        return importer;
    }

    public List<String> argv() {
        return argv;
    }

    /** The fiber of the first task: Java-side work outside any run uses it. */
    public Fiber mainFiber() {
        return main;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    /** Reads a line from standard input, without its line break; null at end of input. */
    public String readLine() {
        stdout.flush();
        try {
            return stdin.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An interactive expression statement's value (the REPL, compile()'s 'single' mode): given
     * to sys.displayhook, or shown by the default hook when that is the one installed.
     */
    public void displayHook(Fiber t, Object value) {
        if (importer.modules().getStr("sys") instanceof WeftModule sys) {
            Object hook = sys.dict().getStr("displayhook");
            if (hook != null && hook != sys.dict().getStr("__displayhook__")) {
                Calls.callDirect(t, hook, value);
                return;
            }
        }
        defaultDisplayHook(t, value);
    }

    /** sys.__displayhook__: the repr on sys.stdout unless None, and the value kept as _. */
    public void defaultDisplayHook(Fiber t, Object value) {
        if (value == WeftNone.NONE) {
            return;
        }
        builtins.putStr("_", WeftNone.NONE);
        dev.weft.builtins.Streams.write(t, WeftNone.NONE, Reprs.repr(t, value) + "\n");
        builtins.putStr("_", value);
    }
}
