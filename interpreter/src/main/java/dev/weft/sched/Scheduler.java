// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.cps.Code;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Interpreter;
import dev.weft.sched.io.Reactor;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The single-threaded scheduler of one interpreter: a FIFO ready queue, a timer heap ordered by
 * (deadline, sequence), and an inbox through which other threads hand over completions. Tasks
 * made ready in the same tick run in the order they became ready; equal deadlines fire in the
 * order set. When nothing can run, it waits for the next timer or inbox item; when nothing can
 * ever wake a waiting task, it reports a deadlock.
 */
public final class Scheduler {
    private final Interpreter interp;
    private final Clock clock;
    private final ArrayDeque<Task> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private long timerSeq;
    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    /** Operations running elsewhere that will post to the inbox when they complete. */
    private final AtomicInteger outstanding = new AtomicInteger();
    private volatile Thread thread;
    /** Set while the scheduler thread waits idle: only then must a post wake it. */
    private volatile boolean sleeping;
    /** Slices left in the current round through the ready queue (see {@link #runOne}). */
    private int roundLeft;
    private volatile Reactor reactor;
    private final Map<Integer, Task> live = new LinkedHashMap<>();
    private int nextId = 1;
    private int nextMainId = -1;
    /**
     * The number in the next default task name, apart from {@link #nextId}: tasks given a name
     * of their own (done callbacks) must not use one up, or asyncio's Task-N numbers drift.
     */
    private int nextNameNumber = 1;
    private Task current;
    /** Counts task switches (for :time and benchmarks). */
    private long switches;
    private TaskListener listener = TaskListener.NONE;
    /** asyncio's event loop object while one is set (what Future.get_loop() returns). */
    private Object asyncioLoop = dev.weft.runtime.WeftNone.NONE;
    private final Reports reports = new Reports();
    private final Workers workers = new Workers(Workers.defaultLimit());
    private final Resources resources = new Resources();
    /** The greenlets of this interpreter (the hub, the main greenlet), made on first use. */
    private dev.weft.sched.greenlet.Greenlets greenlets;
    /** threading.Thread tasks not yet done (time.sleep cooperates while there are any). */
    private int threadsAlive;
    /** How long a thread runs before it gives way to other ready tasks (sys.setswitchinterval). */
    private long switchIntervalNanos = 5_000_000;
    /** Handles a deadlock by waking the main task (true), instead of the report; or null. */
    private java.util.function.Predicate<Task> onDeadlock;
    /** Run when no task is ready (gevent's idle watchers): they make tasks ready again. */
    private final java.util.List<Runnable> idleWatchers = new java.util.ArrayList<>();

    public Scheduler(Interpreter interp, Clock clock) {
        this.interp = interp;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    public Interpreter interp() {
        return interp;
    }

    /** The pool that runs blocking Java calls (files, DNS) off the scheduler thread. */
    public Workers workers() {
        return workers;
    }

    /** Files, channels and pipes open outside the interpreter, closed by {@link #close}. */
    public Resources resources() {
        return resources;
    }

    /**
     * Closes the interpreter's hold on the outside world: every resource still open is closed
     * (so what was written is on disk) and every worker thread stops.
     */
    public void close() {
        resources.closeAll();
        Reactor r = reactor;
        if (r != null) {
            r.close();
        }
        workers.close();
    }

    public long switches() {
        return switches;
    }

    public Object asyncioLoop() {
        return asyncioLoop;
    }

    public void setAsyncioLoop(Object loop) {
        asyncioLoop = loop;
    }

    /** asyncio's reports at exit: exceptions never retrieved, tasks destroyed pending. */
    public Reports reports() {
        return reports;
    }

    /** Skips {@code n} default task names (asyncio.run's own shutdown tasks use two). */
    public void skipTaskNames(int n) {
        nextNameNumber += n;
    }

    public void setListener(TaskListener listener) {
        this.listener = listener;
    }

    public dev.weft.sched.greenlet.Greenlets greenlets() {
        if (greenlets == null) {
            greenlets = new dev.weft.sched.greenlet.Greenlets(this);
        }
        return greenlets;
    }

    /**
     * When every task waits and nothing can wake one, {@code handler} may wake the main task
     * (raising gevent's LoopExit where it waits, say) and return true; otherwise the program
     * stops with the deadlock report.
     */
    public void onDeadlock(java.util.function.Predicate<Task> handler) {
        this.onDeadlock = handler;
    }

    /** Runs {@code watcher} the next time no task is ready (before waiting for timers or IO). */
    public void whenIdle(Runnable watcher) {
        idleWatchers.add(watcher);
    }

    private boolean runIdleWatchers() {
        if (idleWatchers.isEmpty()) {
            return false;
        }
        java.util.List<Runnable> due = new java.util.ArrayList<>(idleWatchers);
        idleWatchers.clear();
        due.forEach(Runnable::run);
        return true;
    }

    /** The task running now (null between slices). */
    public Task current() {
        return current;
    }

    /** Every task not yet done, in spawn order. */
    public Iterable<Task> liveTasks() {
        return live.values();
    }

    // ---- tasks ------------------------------------------------------------------------------

    /**
     * Makes a task that will start at {@code entry} on its own fiber; it is not queued yet.
     * Without a {@code name} it is named Task-N, N counting only the tasks so named.
     */
    public Task newTask(String name, Code spawnCode, int spawnLine) {
        int id = nextId++;
        Fiber f = new Fiber(interp);
        String taskName = name != null ? name : "Task-" + nextNameNumber++;
        Task t = new Task(this, f, id, taskName, spawnCode, spawnLine);
        live.put(id, t);
        return t;
    }

    /**
     * Makes a task for a program, REPL input or embedding call: named "main", outside the
     * Task-N numbering (so asyncio's tasks are numbered as in CPython).
     */
    public Task newMainTask() {
        int id = nextMainId--;
        Task t = new Task(this, new Fiber(interp), id, "main", null, 0);
        live.put(id, t);
        return t;
    }

    /**
     * Makes a task for a threading.Thread named {@code name}, outside the Task-N numbering; it
     * is preempted at the switch interval and dropped at exit instead of being cancelled.
     */
    public Task newThread(String name) {
        Task t = newTask(name, null, 0);
        t.thread = true;
        t.abandonAtExit = true;
        t.retrieved = true;
        threadsAlive++;
        return t;
    }

    /** threading.Thread tasks alive now. */
    public int threadsAlive() {
        return threadsAlive;
    }

    public long switchIntervalNanos() {
        return switchIntervalNanos;
    }

    public void setSwitchIntervalNanos(long nanos) {
        switchIntervalNanos = nanos;
    }

    /**
     * Whether another task is ready, a timer is due or a completion has arrived. Under virtual
     * time a thread that has used up its slice counts as idle: the clock moves to the next
     * timer, as real time would have passed while it ran.
     */
    boolean hasOtherWork() {
        if (!ready.isEmpty() || !inbox.isEmpty()) {
            return true;
        }
        Timer next = nextLiveTimer();
        if (next == null) {
            return false;
        }
        if (next.deadline <= clock.nanos()) {
            return true;
        }
        if (clock.isVirtual()) {
            if (!outcomeComing()) {
                clock.advanceTo(next.deadline);
                return true;
            }
            return !ready.isEmpty();
        }
        return false;
    }

    /**
     * Whether something outside the tasks is about to happen: work on another thread will post
     * its completion, a connect is in progress, or a socket is ready (or becomes so within a
     * moment). A virtual clock must not jump over it.
     */
    private boolean outcomeComing() {
        Reactor r = reactor;
        return outstanding.get() > 0 || r != null && (r.isConnecting()
                || r.isWaiting() && r.settle());
    }

    /**
     * Cancels every task still alive and lets them run their cleanup (the program ends). Tasks
     * marked to be abandoned (gevent's greenlets and threading's threads, which never run again
     * once the program ends, as CPython's daemon threads) are left as they are.
     */
    public void cancelAll() {
        for (Task t : new java.util.ArrayList<>(live.values())) {
            if (t.abandonAtExit) {
                t.abandoned = true;
            } else {
                t.cancel(null);
            }
        }
        drain(100_000);
    }

    /** Queues a new task to begin at {@code entry}. */
    public void start(Task t, Step entry) {
        t.next = entry;
        t.state = Task.State.READY;
        enqueue(t);
    }

    void enqueue(Task t) {
        ready.addLast(t);
    }

    /** Queues {@code t} before every other ready task (a greenlet switch hands over to it). */
    void enqueueFirst(Task t) {
        ready.addFirst(t);
    }

    boolean dequeue(Task t) {
        return ready.removeFirstOccurrence(t);
    }

    void finished(Task t, boolean hasListeners) {
        if (live.remove(t.id) != null && t.thread) {
            threadsAlive--;
        }
        if (t.asyncio) {
            reports.finished(t);
        } else {
            listener.finished(t, hasListeners);
        }
    }

    /**
     * Calls script {@code fn(arg)} soon, in a task of its own (done callbacks): after the tasks
     * already ready, as asyncio's call_soon.
     */
    public void callSoon(Object fn, Object arg) {
        callSoon(fn, new Object[] {arg}, null);
    }

    /**
     * Calls {@code fn(*args)} soon in a task of its own; when it raises, {@code failed} hears
     * the error (null: asyncio's "Exception in callback" report).
     */
    public void callSoon(Object fn, Object[] args, Consumer<dev.weft.runtime.WeftError> failed) {
        Task t = newTask("callback", null, 0);
        t.retrieved = true;
        t.callback = true;
        start(t, new dev.weft.steps.CallStarter(fn, args, t.rootSite()));
        t.whenDone(done -> {
            dev.weft.runtime.WeftError e = done.error();
            if (e != null && !done.isCancelled()) {
                if (failed != null) {
                    failed.accept(e);
                } else {
                    reports.callbackFailed(done.fiber(), fn, args, e);
                }
            }
        });
    }

    // ---- timers and the inbox ------------------------------------------------------------------

    /** Runs {@code action} on the scheduler when the clock reaches {@code deadline} (nanos). */
    public Timer at(long deadline, Runnable action) {
        Timer timer = new Timer(deadline, timerSeq++, action);
        timers.add(timer);
        return timer;
    }

    /** Runs {@code action} after {@code seconds}. */
    public Timer after(double seconds, Runnable action) {
        long delay = seconds <= 0 ? 0 : (long) Math.min(seconds * 1e9, Long.MAX_VALUE / 4);
        return at(clock.nanos() + delay, action);
    }

    /** Announces work running on another thread that will {@link #post} its completion. */
    public void beginExternal() {
        outstanding.incrementAndGet();
    }

    /** Runs {@code job} on the scheduler thread soon (thread-safe; the REPL's requests). */
    public void submit(Runnable job) {
        outstanding.incrementAndGet();
        post(job);
    }

    /**
     * Runs tasks until {@code stop} says so, waiting for timers, IO or submitted jobs when idle
     * (never reporting deadlock: the REPL can always submit more). Used by the REPL.
     */
    public void serve(java.util.function.BooleanSupplier stop) {
        thread = Thread.currentThread();
        while (!stop.getAsBoolean()) {
            if (!runOne() && !runIdleWatchers()) {
                awaitWork(nextLiveTimer(), SERVE_POLL_NANOS);
            }
        }
    }

    /** How long the REPL's loop waits at most before looking at its stop condition again. */
    private static final long SERVE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    /** Hands a completion from another thread to the scheduler (thread-safe). */
    public void post(Runnable completion) {
        inbox.add(() -> {
            outstanding.decrementAndGet();
            completion.run();
        });
        if (sleeping) {
            wake();
        }
    }

    /** Interrupts the scheduler's idle wait, wherever it waits (thread-safe). */
    private void wake() {
        Reactor r = reactor;
        if (r != null) {
            r.wakeup();
        }
        Thread th = thread;
        if (th != null) {
            LockSupport.unpark(th);
        }
    }

    // ---- the loop ---------------------------------------------------------------------------

    /**
     * Runs tasks until {@code main} is done. Returns normally then, or with a deadlock report
     * when every task waits and nothing can wake any of them.
     */
    public void runUntilDone(Task main) throws DeadlockException {
        thread = Thread.currentThread();
        while (!main.isDone()) {
            if (!step() && !raiseInWaitingMain(main)) {
                throw new DeadlockException(Deadlock.describe(this, main));
            }
        }
    }

    private boolean raiseInWaitingMain(Task main) {
        return onDeadlock != null && main.state() == Task.State.WAITING && onDeadlock.test(main);
    }

    /** Runs until no task is ready and no timer is due (used at exit). */
    public void drain(int maxSlices) {
        thread = Thread.currentThread();
        for (int i = 0; i < maxSlices; i++) {
            if (!runOne()) {
                return;
            }
        }
    }

    /** One unit of progress; false when nothing can ever happen again (deadlock). */
    private boolean step() {
        if (runOne()) {
            return true;
        }
        if (runIdleWatchers()) {
            return true;
        }
        Timer next = nextLiveTimer();
        if (next == null && outstanding.get() == 0 && inbox.isEmpty() && !ioWaiting()) {
            return false;
        }
        awaitWork(next, Long.MAX_VALUE);
        return true;
    }

    /**
     * Takes in completions and due timers, then runs one ready task; false when none is ready.
     * Once per round through the ready queue it also polls the sockets without waiting, so a
     * busy program still notices IO (as asyncio's loop selects once per iteration).
     */
    private boolean runOne() {
        drainInbox();
        fireDueTimers();
        if (--roundLeft <= 0) {
            if (ioWaiting()) {
                reactor.poll(0);
            }
            roundLeft = ready.size();
        }
        Task t = ready.pollFirst();
        if (t == null) {
            return false;
        }
        runSlice(t);
        return true;
    }

    private void runSlice(Task t) {
        if (t.abandoned) {
            return;
        }
        current = t;
        switches++;
        try {
            t.runSlice();
        } finally {
            current = null;
        }
    }

    private boolean ioWaiting() {
        Reactor r = reactor;
        return r != null && r.isWaiting();
    }

    /**
     * Nothing is ready: waits for the next timer (at most {@code cap} when there is none), a
     * ready socket or an inbox item. A virtual clock jumps to the timer when nothing else can
     * happen first: no socket is ready and no outcome is on its way (work on other threads, a
     * connect in progress). While one is, the virtual clock stands still: IO takes no virtual
     * time, so what a program prints does not depend on how fast the machine is.
     */
    private void awaitWork(Timer next, long cap) {
        if (next != null && clock.isVirtual()) {
            if (!outcomeComing()) {
                clock.advanceTo(next.deadline);
                return;
            }
            if (!ready.isEmpty()) {
                return; // a socket became ready: its task runs before time moves
            }
        }
        long nanos = next == null ? cap : next.deadline - clock.nanos();
        if (nanos <= 0) {
            return;
        }
        interp.stdout().flush();
        sleep(nanos);
    }

    /**
     * Blocks the scheduler thread for up to {@code nanos}: in select when sockets are open
     * (whole milliseconds, the rest parked, so timers keep sub-millisecond precision), else
     * parked. {@link #post} wakes it early.
     */
    private void sleep(long nanos) {
        sleeping = true;
        try {
            if (!inbox.isEmpty()) {
                return;
            }
            Reactor r = reactor;
            if (r != null && r.isActive()) {
                if (nanos >= 1_000_000) {
                    r.poll(nanos);
                    return;
                }
                r.poll(0);
                if (!ready.isEmpty() || !inbox.isEmpty()) {
                    return;
                }
            }
            LockSupport.parkNanos(this, nanos);
        } finally {
            sleeping = false;
        }
    }

    // ---- IO -----------------------------------------------------------------------------------

    /** The interpreter's reactor (made on first use; its selector opens on the first wait). */
    public Reactor reactor() {
        Reactor r = reactor;
        if (r == null) {
            r = new Reactor();
            reactor = r;
        }
        return r;
    }


    private Timer nextLiveTimer() {
        Timer t = timers.peek();
        while (t != null && t.isCancelled()) {
            timers.poll();
            t = timers.peek();
        }
        return t;
    }

    private void fireDueTimers() {
        long now = clock.nanos();
        Timer t = nextLiveTimer();
        while (t != null && t.deadline <= now) {
            timers.poll();
            t.fire();
            t = nextLiveTimer();
        }
    }

    private void drainInbox() {
        Runnable r;
        while ((r = inbox.poll()) != null) {
            r.run();
        }
    }

    /** True when a live timer is pending (a sleeping task can still wake). */
    boolean hasTimers() {
        return nextLiveTimer() != null;
    }

    int outstanding() {
        return outstanding.get();
    }
}
