// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python exception object (an instance of {@code BaseException} or a subclass). It is also the
 * Java throwable that carries itself through Java code, without a Java stack trace; the
 * trampoline turns the throw into unwinding of script frames, collecting the traceback.
 */
public class WeftError extends RuntimeException implements WeftObject, HasDict {
    private final WeftType type;
    private WeftTuple args;
    private WeftDict dict;
    /** Set by {@code raise ... from cause}. */
    public WeftError cause;
    /** The exception being handled when this one was raised (implicit chaining). */
    public WeftError context;
    public boolean suppressContext;
    /** A Weft addition printed just above the final traceback line (e.g. the import path). */
    private String hint;
    /** Traceback entries, innermost first (the order unwinding meets them). */
    private final List<TraceEntry> traceback = new ArrayList<>(4);
    /**
     * The position of the node that raised this, in the code now running, until unwinding
     * turns it into a traceback entry; -1 when none has claimed it.
     */
    private int pendingPosition = -1;

    public WeftError(WeftType type, WeftTuple args) {
        super(null, null, false, false);
        this.type = type;
        this.args = args;
    }

    @Override
    public WeftType type() {
        return type;
    }

    @Override
    public WeftDict dict() {
        if (dict == null) {
            dict = new WeftDict();
        }
        return dict;
    }

    public String hint() {
        return hint;
    }

    public void setHint(String hint) {
        this.hint = hint;
    }

    public WeftTuple args() {
        return args;
    }

    public void setArgs(WeftTuple args) {
        this.args = args;
    }

    /** The first argument, or None: StopIteration's value, SystemExit's code. */
    public Object firstArg() {
        return args.size() > 0 ? args.get(0) : WeftNone.NONE;
    }

    public boolean isInstance(WeftType t) {
        return type.isSubtypeOf(t);
    }

    /** Claims this exception for the node at {@code pos} if no inner node has; returns it. */
    public WeftError markPosition(int pos) {
        if (pendingPosition < 0) {
            pendingPosition = pos;
        }
        return this;
    }

    /** The claimed position, which the traceback entry now takes over; -1 when none. */
    public int takePosition() {
        int p = pendingPosition;
        pendingPosition = -1;
        return p;
    }

    public void addTraceback(dev.weft.cps.Code code, int line, int pos) {
        traceback.add(new TraceEntry(code, line, pos));
    }

    /** Traceback entries, innermost first. */
    public List<TraceEntry> traceback() {
        return traceback;
    }

    /** Takes {@code other}'s traceback entries (the parts of a split group share them). */
    public void copyTraceback(WeftError other) {
        traceback.clear();
        traceback.addAll(other.traceback);
    }

    public void clearTraceback() {
        traceback.clear();
    }

    /** Records {@code handled} as this exception's context, breaking any cycle it would make. */
    public void chainContext(WeftError handled) {
        if (handled == null || handled == this) {
            return;
        }
        for (WeftError o = handled; o != null; o = o.context) {
            if (o.context == this) {
                o.context = null;
                break;
            }
        }
        context = handled;
    }

    /** For Java-side debugging only; scripts see {@code str(e)} through the runtime. */
    @Override
    public String getMessage() {
        return type.name() + args;
    }
}
