// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.greenlet;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.runtime.HasDict;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftType;
import dev.weft.sched.Task;

/**
 * A greenlet: one stack of script frames that runs inside a task and that control is handed to
 * explicitly by {@code switch}. The running greenlet's frames are the task's fiber chain; a
 * suspended one keeps its innermost frame, recursion depth, handled exception and the call site
 * its {@code switch} waits at, so switching is a swap of those four fields on the same
 * trampoline (see {@link Switch}). Every greenlet belongs to one task, as greenlet's belong to
 * one thread; the task's root greenlet (its main frames) is created on first use.
 */
public final class Greenlet implements WeftObject, HasDict, dev.weft.runtime.HasTruth,
        dev.weft.runtime.WeftRepresentable {
    /** The states a greenlet moves through; each illegal transition has one message. */
    enum State { NEW, ACTIVE, SUSPENDED, DEAD }

    private WeftType type;
    private WeftDict dict;
    /** The callable given as {@code run}; null when unset (a subclass may define run). */
    Object run;
    /** Where its return value or exception goes; null for a main greenlet and the hub. */
    Greenlet parent;
    State state;
    /** The task it runs in; null for the hub and for a greenlet nobody has started yet. */
    Task task;
    /** The root of a task: its frames end at the task's own root site, not at a greenlet's. */
    boolean root;
    /** The interpreter's main greenlet: parent None, repr says "main". */
    final boolean main;
    /** The hub: switching to it waits for the scheduler to switch back. */
    final boolean hub;

    // What a suspended greenlet resumes with.
    Frame frame;
    int depth;
    WeftError handled;
    CallSite resumeAt;

    Greenlet(WeftType type, Greenlet parent, State state, boolean root, boolean main,
            boolean hub) {
        this.type = type;
        this.parent = parent;
        this.state = state;
        this.root = root;
        this.main = main;
        this.hub = hub;
    }

    /** A greenlet a script made: not started, its parent the creator's current greenlet. */
    public static Greenlet created(WeftType type, Greenlet parent, Task creator) {
        Greenlet g = new Greenlet(type, parent, State.NEW, false, false, false);
        g.task = creator;
        return g;
    }

    /**
     * The root greenlet of a task that is about to start (a gevent Greenlet): {@code g} must be
     * new; from now on it is that task's main frames.
     */
    public static Greenlet rootOf(Task task, Greenlet g) {
        g.bindAsRoot(task);
        return g;
    }

    @Override
    public WeftType type() {
        return type;
    }

    @Override
    public String repr(Fiber t) {
        return GreenletType.repr(t, this);
    }

    @Override
    public WeftDict dict() {
        if (dict == null) {
            dict = new WeftDict();
        }
        return dict;
    }

    @Override
    public boolean hasInstanceDict() {
        return true;
    }

    public boolean isDead() {
        return state == State.DEAD;
    }

    /** bool(g): started and not dead. */
    public boolean isTrue() {
        return state == State.ACTIVE || state == State.SUSPENDED;
    }

    public boolean isStarted() {
        return state != State.NEW;
    }

    public boolean isHub() {
        return hub;
    }

    public Greenlet parent() {
        return parent;
    }

    public Task task() {
        return task;
    }

    private void bindAsRoot(Task t) {
        if (state != State.NEW || root) {
            throw dev.weft.runtime.Errors.runtimeError("this greenlet was already started");
        }
        root = true;
        task = t;
        t.greenlet = this;
        t.rootGreenlet = this;
    }

    /** The task's root greenlet has begun to run (its first slice). */
    void rootStarted() {
        state = State.ACTIVE;
    }

    /** The task whose root this is has ended. */
    void rootFinished() {
        state = State.DEAD;
        frame = null;
        handled = null;
        resumeAt = null;
    }

    /** Saves the fiber's current chain into this (now suspended) greenlet. */
    void save(Fiber t, CallSite at) {
        frame = t.frame;
        depth = t.depth;
        handled = t.handled;
        resumeAt = at;
        state = State.SUSPENDED;
    }

    /** Loads this suspended greenlet's chain into the fiber; returns where it resumes. */
    CallSite load(Fiber t) {
        t.frame = frame;
        t.depth = depth;
        t.handled = handled;
        CallSite at = resumeAt;
        frame = null;
        handled = null;
        resumeAt = null;
        state = State.ACTIVE;
        return at;
    }
}
