# threading.Lock and RLock: CPython's reprs, argument checks and ownership rules; a lock held
# by one thread makes the others wait, each in turn.
import threading


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


def shape(r):
    return r.split(" at 0x")[0].split(" owner=")[0]


lock = threading.Lock()
print(shape(repr(lock)), type(lock).__module__, type(lock).__name__, lock.locked())
# expect: <unlocked _thread.lock object _thread lock False
print(lock.acquire(), shape(repr(lock)), lock.acquire(False), lock.acquire(timeout=0.01))
# expect: True <locked _thread.lock object False False
lock.release()
print(attempt(lock.release))
# expect: RuntimeError: release unlocked lock
print(attempt(lock.acquire, False, 1))
# expect: ValueError: can't specify a timeout for a non-blocking call
print(attempt(lock.acquire, timeout=-2))
# expect: ValueError: timeout value must be positive
print(attempt(lock.acquire, 1, 2, 3))
# expect: TypeError: acquire() takes at most 2 arguments (3 given)
print(attempt(lock.acquire, nope=1))
# expect: TypeError: 'nope' is an invalid keyword argument for acquire()
print(attempt(lock.acquire, timeout="soon"))
# expect: TypeError: 'str' object cannot be interpreted as an integer
print(attempt(type(lock)))
# expect: TypeError: cannot create '_thread.lock' instances
with lock:
    print("inside", lock.locked())
# expect: inside True
print(lock.locked(), threading.TIMEOUT_MAX > 1e9, threading.ThreadError is RuntimeError)
# expect: False True True

r = threading.RLock()
print(shape(repr(r)), type(r).__name__)
# expect: <unlocked _thread.RLock object RLock
print(r.acquire(), r.acquire(), repr(r).split(" count=")[1].split(" ")[0], r._is_owned())
# expect: True True 2 True
r.release()
r.release()
print(attempt(r.release), r._is_owned())
# expect: RuntimeError: cannot release un-acquired lock False

# A lock held by the main thread: the worker waits, gives up after its timeout, then waits
# without one until the main thread lets go.
events = []


def worker():
    events.append(("timed", lock.acquire(timeout=0.05)))
    with lock:
        events.append("worker has it")


lock.acquire()
w = threading.Thread(target=worker)
w.start()
w.join(0.5)
events.append("main releases")
lock.release()
w.join()
print(events)
# expect: [('timed', False), 'main releases', 'worker has it']

# Only the owner may release an RLock.
r.acquire()
outcome = []
t = threading.Thread(target=lambda: outcome.append(attempt(r.release)))
t.start()
t.join()
print(outcome, r.acquire(blocking=False))
# expect: ['RuntimeError: cannot release un-acquired lock'] True
r.release()
r.release()

# Several threads take turns with a counter under a lock.
total = 0
counter_lock = threading.Lock()


def add(n):
    global total
    for _ in range(n):
        with counter_lock:
            total += 1


threads = [threading.Thread(target=add, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
# expect: 4000
