# Condition, Event and Semaphore between threads, synchronised so CPython's output is fixed.
import threading
import time

# A producer and a consumer share a list under a Condition.
items = []
cond = threading.Condition()
got = []


def consumer():
    for _ in range(3):
        with cond:
            cond.wait_for(lambda: items)
            got.append(items.pop(0))


c = threading.Thread(target=consumer)
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
    time.sleep(0.01)
c.join()
print(got)
# expect: [0, 1, 2]

with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: False, timeout=0.01))
# expect: False False
print(repr(cond).startswith("<Condition(<unlocked _thread.RLock object"), repr(cond)[-5:])
# expect: True , 0)>


def attempt(f, *args):
    try:
        return f(*args)
    except (RuntimeError, ValueError) as e:
        return f"{type(e).__name__}: {e}"


print(attempt(cond.wait), attempt(cond.notify))
# expect: RuntimeError: cannot wait on un-acquired lock RuntimeError: cannot notify on un-acquired lock

# notify_all wakes every waiter; a Condition over a plain Lock.
plain = threading.Condition(threading.Lock())
ready = []
woken = []


def waiter(n):
    with plain:
        ready.append(n)
        plain.wait()
        woken.append(n)


ws = [threading.Thread(target=waiter, args=(n,)) for n in range(3)]
for w in ws:
    w.start()
while True:
    with plain:
        if len(ready) == 3:
            plain.notify_all()
            break
    time.sleep(0.01)
for w in ws:
    w.join()
print(sorted(woken))
# expect: [0, 1, 2]

# Event: waiters block until set; wait() returns the flag.
ev = threading.Event()
print(repr(ev).split(" at 0x")[0], repr(ev).split(": ")[1], ev.is_set(), ev.wait(0.01))
# expect: <threading.Event unset> False False
results = []
es = [threading.Thread(target=lambda: results.append(ev.wait())) for _ in range(2)]
for t in es:
    t.start()
ev.set()
for t in es:
    t.join()
print(results, ev.is_set(), repr(ev).split(": ")[1])
# expect: [True, True] True set>
ev.clear()
print(ev.is_set())
# expect: False

# Semaphore(2): never more than two threads inside at once.
sem = threading.Semaphore(2)
inside = []
most = [0]
guard = threading.Lock()


def limited():
    with sem:
        with guard:
            inside.append(1)
            most[0] = max(most[0], len(inside))
        time.sleep(0.1)
        with guard:
            inside.pop()


ls = [threading.Thread(target=limited) for _ in range(5)]
for t in ls:
    t.start()
for t in ls:
    t.join()
print(most[0], repr(sem).split(": ")[1])
# expect: 2 value=2>

print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
# expect: True True False False
sem.release(2)
print(attempt(sem.release, 0), attempt(threading.Semaphore, -1))
# expect: ValueError: n must be one or more ValueError: semaphore initial value must be >= 0
print(attempt(sem.acquire, False, 1))
# expect: ValueError: can't specify timeout for non-blocking acquire

b = threading.BoundedSemaphore(2)
b.acquire()
print(repr(b).split(": ")[1], attempt(b.release), attempt(b.release))
# expect: value=1/2> None ValueError: Semaphore released too many times
