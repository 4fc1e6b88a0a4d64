// SPDX-License-Identifier: Apache-2.0
package dev.weft.cps;

import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.WeftError;

/**
 * One thread of script execution and its trampoline. A fiber owns a chain of heap frames and
 * runs steps until one returns null: the root frame finished, or the fiber suspended (its frames
 * and resume step stay on the heap). Exceptions unwind the frame chain to the nearest handler
 * step. Calls from Java back into script code run a nested trampoline, which may not suspend.
 */
public final class Fiber {
    public final Interpreter interp;
    /** The task this fiber is (every fiber belongs to one). */
    public dev.weft.sched.Task task;
    /** The innermost running frame. */
    public Frame frame;
    /** Script frames currently linked, for the recursion limit. */
    public int depth;
    /** Nested trampoline runs on the Java stack (calls from Java into script code). */
    public int nativeDepth;
    /** The exception being handled by the innermost running except block (sys.exc_info()). */
    public WeftError handled;
    /** An exception to raise at a generator's resume point instead of delivering a value. */
    public WeftError throwing;
    /** The value sent into a resumed generator. */
    public Object sent;
    /** Line of the pre-node that raised, when a step runs several nodes; -1 otherwise. */
    int errorLine = -1;

    public Fiber(Interpreter interp) {
        this.interp = interp;
    }

    /**
     * An exception that left a nested run's callee: rethrown once that run's loop has stopped
     * (never from inside it, where the loop's own handler would catch it again).
     */
    WeftError escaping;

    /** The trampoline: runs steps until one returns null. */
    public void loop(Step s) {
        // The int/str digit limit is per interpreter; conversions read it from the thread.
        dev.weft.runtime.text.IntDigitLimit.bind(interp.intDigits);
        int budget = POLL_EVERY;
        while (true) {
            try {
                while (s != null) {
                    s = s.run(this);
                    if (--budget == 0) {
                        budget = POLL_EVERY;
                        if (s != null) {
                            s = poll(s);
                        }
                    }
                }
                break;
            } catch (WeftError e) {
                s = unwind(e, s, false);
            } catch (StackOverflowError e) {
                s = unwind(Errors.recursionError(), s, false);
            }
        }
        WeftError e = escaping;
        if (e != null) {
            escaping = null;
            throw e;
        }
    }

    /** Steps between checks for Ctrl-C (a busy loop stays interruptible). */
    private static final int POLL_EVERY = 1024;

    /**
     * Every {@link #POLL_EVERY} steps: Ctrl-C, or a thread's time slice running out (then the
     * task gives way and the loop stops, to resume at {@code next} when scheduled again).
     */
    private Step poll(Step next) {
        if (interp.interruptRequested) {
            return interrupted(next);
        }
        if (nativeDepth == 0 && task != null && !inLibrary() && task.preemptDue()) {
            task.preempt(next);
            return null;
        }
        return next;
    }

    /**
     * The standard library's Weft code (threading, queue, concurrent.futures) is written for
     * cooperative scheduling, so a thread is preempted only in the script's own code.
     */
    private boolean inLibrary() {
        return frame != null && frame.code.file.startsWith(LIBRARY_PREFIX);
    }

    /** How the standard library's Weft modules name their files. */
    public static final String LIBRARY_PREFIX = "<weft stdlib>";

    /** Ctrl-C arrived while this fiber was running: KeyboardInterrupt at the next step. */
    private Step interrupted(Step next) {
        if (task == null || interp.interruptTarget != task) {
            return next;
        }
        interp.interruptRequested = false;
        interp.interruptTarget = null;
        return raise(new WeftError(dev.weft.runtime.ErrorTypes.KEYBOARD_INTERRUPT,
                dev.weft.runtime.WeftTuple.EMPTY), next);
    }

    /** Raises {@code e} at step {@code at} of the current frame; returns where to go next. */
    public Step raise(WeftError e, Step at) {
        return unwind(e, at, false);
    }

    /** Re-raises {@code e} (bare raise, end of finally): no new traceback entry for this frame. */
    public Step reraise(WeftError e, Step at) {
        return unwind(e, at, true);
    }

    private Step unwind(WeftError e, Step at, boolean reraise) {
        if (!reraise) {
            e.chainContext(handled);
        }
        if (at instanceof CallSite cs && cs.isBoundary()) {
            // Raised at the bottom of a run before its callee was entered (the recursion
            // limit, a failed __init__ check): no frame of this run to unwind.
            errorLine = -1;
            return cs.unwound(this, e);
        }
        Frame f = frame;
        int line = errorLine >= 0 ? errorLine : at.lineForTraceback();
        int pos = errorLine >= 0 ? -1 : at.pos;
        int claimed = e.takePosition();
        if (claimed >= 0 && claimed < f.code.positions.length) {
            pos = claimed;
            line = f.code.positions[claimed].line();
        }
        errorLine = -1;
        boolean addEntry = !reraise;
        while (true) {
            if (addEntry) {
                e.addTraceback(f.code, line, pos);
            }
            addEntry = true;
            if (at.handler != null) {
                f.caught = e;
                return at.handler;
            }
            CallSite site = f.callSite;
            e = leave(f, e);
            if (site.isBoundary()) {
                return site.unwound(this, e);
            }
            f = frame;
            at = site;
            line = site.line;
            pos = site.pos;
        }
    }

    private WeftError leave(Frame f, WeftError e) {
        frame = f.parent;
        depth--;
        return f.owner != null ? f.owner.aborted(e) : e;
    }

    /** Links {@code callee} under the current frame and enters it, minding the recursion limit. */
    public Step enter(Frame callee, CallSite site) {
        if (depth >= interp.recursionLimit()) {
            return raise(Errors.recursionError(), site);
        }
        callee.parent = frame;
        callee.callSite = site;
        frame = callee;
        depth++;
        return callee.code.entry;
    }

    /** Links an already started frame (a generator's) under the current one, at {@code resume}. */
    public Step resume(Frame callee, CallSite site, Step resume) {
        if (depth >= interp.recursionLimit()) {
            return raise(Errors.recursionError(), site);
        }
        callee.parent = frame;
        callee.callSite = site;
        frame = callee;
        depth++;
        return resume;
    }

    /** Returns {@code value} from the current frame {@code f} to its call site. */
    public Step ret(Frame f, Object value) {
        frame = f.parent;
        depth--;
        return f.callSite.returned(this, value);
    }

    /** Unlinks the current frame {@code f} (a generator yielding) and returns its call site. */
    public CallSite detach(Frame f) {
        frame = f.parent;
        f.parent = null;
        depth--;
        return f.callSite;
    }

    /**
     * Calls {@code fn} from Java and waits for its value on the Java stack: a nested trampoline.
     * Script code it runs may call and raise freely but may not suspend the fiber.
     */
    public Object callNested(Object fn, Object[] args, String[] kwnames) {
        NativeSite site = new NativeSite();
        nativeDepth++;
        try {
            loop(Calls.call(this, site, fn, args, kwnames));
        } finally {
            nativeDepth--;
        }
        return site.result();
    }

    /** Runs {@code s} (which leads into a frame whose call site is {@code site}) to its end. */
    public Object runNested(Step s, NativeSite site) {
        nativeDepth++;
        try {
            loop(s);
        } finally {
            nativeDepth--;
        }
        return site.result();
    }

    public Object callNested(Object fn, Object... args) {
        return callNested(fn, args, null);
    }
}
