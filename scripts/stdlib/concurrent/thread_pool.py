# ThreadPoolExecutor: submit, map (with a timeout), as_completed, wait, callbacks,
# cancellation, shutdown, broken pools; futures' states and reprs are CPython's.
# virtual-time: yes
# stderr: Exception in initializer:
# stderr: in _worker
# stderr: OSError: no init
import concurrent.futures as cf
import threading
import time


def square(x):
    time.sleep(0.01 * (5 - x))
    return x * x


def state(f):
    return repr(f).split("state=")[1].rstrip(">")


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(square, i) for i in range(5)]
    print([f.result() for f in futs])
    # expect: [0, 1, 4, 9, 16]
    print(list(ex.map(square, range(4))), list(ex.map(pow, [2, 3], [5, 2])))
    # expect: [0, 1, 4, 9] [32, 9]
    print(sorted(f.result() for f in cf.as_completed(futs)))
    # expect: [0, 1, 4, 9, 16]
    name = ex.submit(lambda: threading.current_thread().name).result()
    print(name.startswith("ThreadPoolExecutor-"), name[-2:] in ("_0", "_1", "_2"))
    # expect: True True
print(len(ex._threads), ex._max_workers)
# expect: 3 3


def boom(x):
    raise ValueError(f"bad {x}")


ex = cf.ThreadPoolExecutor(2)
f = ex.submit(boom, 1)
try:
    f.result()
except ValueError as e:
    print("caught", e, repr(f.exception()), f.done(), f.running(), f.cancelled())
# expect: caught bad 1 ValueError('bad 1') True False False
print(repr(f).split(" at ")[0], state(f))
# expect: <Future finished raised ValueError

seen = []
f2 = ex.submit(square, 2)
f2.add_done_callback(lambda fut: seen.append(("callback", fut.result())))
print(f2.result())
# expect: 4
time.sleep(0.01)
f2.add_done_callback(lambda fut: seen.append("at once, the future being done"))
print(seen, state(f2))
# expect: [('callback', 4), 'at once, the future being done'] finished returned int

slow = ex.submit(time.sleep, 0.3)
try:
    slow.result(timeout=0.01)
except cf.TimeoutError as e:
    print("timed out", repr(e), state(slow))
# expect: timed out TimeoutError() running
blocker = ex.submit(time.sleep, 0.1)
queued = ex.submit(square, 1)
print(queued.cancel(), queued.cancelled(), state(queued), blocker.cancel())
# expect: True True cancelled False
try:
    queued.result()
except cf.CancelledError as e:
    print("cancelled", repr(e))
# expect: cancelled CancelledError()
done, not_done = cf.wait([slow, blocker], return_when=cf.FIRST_COMPLETED)
print(blocker in done, slow in not_done)
# expect: True True
done, not_done = cf.wait([slow, blocker])
print(len(done), len(not_done))
# expect: 2 0
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)
# expect: cannot schedule new futures after shutdown

results = cf.ThreadPoolExecutor(1).map(time.sleep, [0.2, 0.2], timeout=0.05)
try:
    list(results)
except cf.TimeoutError as e:
    print("map timed out", repr(e))
# expect: map timed out TimeoutError()


def init_fail():
    raise OSError("no init")


bad = cf.ThreadPoolExecutor(1, initializer=init_fail)
bf = bad.submit(square, 1)
try:
    bf.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
# expect: BrokenThreadPool A thread initializer failed, the thread pool is not usable anymore
try:
    bad.submit(square, 1)
except cf.BrokenExecutor as e:
    print("submit:", type(e).__name__)
# expect: submit: BrokenThreadPool

ex3 = cf.ThreadPoolExecutor(1)
fs3 = [ex3.submit(time.sleep, 0.05) for _ in range(3)]
while not fs3[0].running():
    time.sleep(0.001)
ex3.shutdown(cancel_futures=True)
print([f.cancelled() for f in fs3], [f.done() for f in fs3])
# expect: [False, True, True] [True, True, True]


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except (ValueError, TypeError) as e:
        return f"{type(e).__name__}: {e}"


print(attempt(cf.ThreadPoolExecutor, 0), attempt(cf.ThreadPoolExecutor, initializer=3))
# expect: ValueError: max_workers must be greater than 0 TypeError: initializer must be a callable
