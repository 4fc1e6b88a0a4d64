# Barrier (action, timeout, abort, reset) and Timer (cancel).
# virtual-time: yes
import threading
import time

log = []
lock = threading.Lock()


def note(*what):
    with lock:
        log.append(what)


barrier = threading.Barrier(3, action=lambda: note("action"))
print(barrier.parties, barrier.n_waiting, barrier.broken, repr(barrier).split(": ")[1])
# expect: 3 0 False waiters=0/3>


def party(n):
    index = barrier.wait()
    note("passed", index)


ps = [threading.Thread(target=party, args=(n,)) for n in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(log[0], sorted(log[1:]))
# expect: ('action',) [('passed', 0), ('passed', 1), ('passed', 2)]

# A barrier is reusable: a second round behaves the same.
log.clear()
ps = [threading.Thread(target=party, args=(n,)) for n in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(len(log), barrier.n_waiting)
# expect: 4 0

# A timeout breaks the barrier for everyone waiting.
short = threading.Barrier(3, timeout=0.05)
outcomes = []


def hopeful():
    try:
        short.wait()
        outcomes.append("passed")
    except threading.BrokenBarrierError:
        outcomes.append("broken")


hs = [threading.Thread(target=hopeful) for _ in range(2)]
for h in hs:
    h.start()
for h in hs:
    h.join()
print(outcomes, short.broken, repr(short).split(": ")[1])
# expect: ['broken', 'broken'] True broken>
try:
    short.wait()
except threading.BrokenBarrierError as e:
    print("still broken", repr(e), issubclass(threading.BrokenBarrierError, RuntimeError))
# expect: still broken BrokenBarrierError() True
short.reset()
print(short.broken, short.n_waiting)
# expect: False 0

# abort() wakes the waiters with BrokenBarrierError; reset() does too.
for breaker in ("abort", "reset"):
    b = threading.Barrier(2)
    outcomes.clear()
    started = threading.Event()

    def waits():
        started.set()
        try:
            b.wait()
        except threading.BrokenBarrierError:
            outcomes.append(breaker)

    w = threading.Thread(target=waits)
    w.start()
    started.wait()
    while b.n_waiting < 1:
        time.sleep(0.01)
    getattr(b, breaker)()
    w.join()
    print(breaker, outcomes, b.broken)
# expect: abort ['abort'] True
# expect: reset ['reset'] False

# An action that raises breaks the barrier; its exception reaches the last arrival.
boom = threading.Barrier(2, action=lambda: 1 / 0)
seen = []


def arrive():
    try:
        boom.wait()
    except threading.BrokenBarrierError:
        seen.append("broken")
    except ZeroDivisionError:
        seen.append("action failed")


two = [threading.Thread(target=arrive) for _ in range(2)]
for t in two:
    t.start()
for t in two:
    t.join()
print(sorted(seen), boom.broken)
# expect: ['action failed', 'broken'] True

# Timer: runs its function after the interval unless cancelled.
fired = []
t1 = threading.Timer(0.2, fired.append, args=("first",))
t2 = threading.Timer(0.1, lambda **kw: fired.append(kw["what"]), kwargs={"what": "second"})
t3 = threading.Timer(0.3, fired.append, args=("cancelled",))
print(t1.name.startswith("Thread-"), repr(t1).split("(")[0], t1.interval)
# expect: True <Timer 0.2
for t in (t1, t2, t3):
    t.start()
t3.cancel()
for t in (t1, t2, t3):
    t.join()
print(fired, t3.finished.is_set())
# expect: ['second', 'first'] True
