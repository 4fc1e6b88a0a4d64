# Future on its own (set_result, set_exception, the state machine) and wait()/as_completed()
# over futures finished by other threads.
# virtual-time: yes
import concurrent.futures as cf
import threading
import time


def state(f):
    return repr(f).split("state=")[1].rstrip(">")


f = cf.Future()
print(repr(f).split(" at 0x")[0], state(f), f.done(), f.running(), f.cancelled())
# expect: <Future pending False False False
print(f.set_running_or_notify_cancel(), state(f), f.cancel(), f.running())
# expect: True running False True
f.set_result([1])
print(state(f), f.result(), f.exception(), f.done())
# expect: finished returned list [1] None True
try:
    f.set_result(2)
except cf.InvalidStateError as e:
    print(type(e).__name__, str(e).split(":")[0])
# expect: InvalidStateError FINISHED
g = cf.Future()
print(g.cancel(), state(g), g.cancel(), g.set_running_or_notify_cancel(), state(g))
# expect: True cancelled True False cancelled
try:
    g.set_exception(ValueError())
except cf.InvalidStateError as e:
    print(str(e).split(":")[0])
# expect: CANCELLED_AND_NOTIFIED
try:
    cf.Future().result(timeout=0)
except cf.TimeoutError as e:
    print(repr(e), cf.TimeoutError is TimeoutError)
# expect: TimeoutError() True
print(issubclass(cf.CancelledError, cf.InvalidStateError.__mro__[1]), cf.BrokenExecutor.__mro__[1])
# expect: True <class 'RuntimeError'>
print(cf.Future, cf.Executor, cf.ThreadPoolExecutor, cf.ProcessPoolExecutor)
# expect: <class 'concurrent.futures._base.Future'> <class 'concurrent.futures._base.Executor'> <class 'concurrent.futures.thread.ThreadPoolExecutor'> <class 'concurrent.futures.process.ProcessPoolExecutor'>
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
# expect: FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED

fs = [cf.Future() for _ in range(4)]


def finish_later():
    for i, delay in ((2, 0.02), (0, 0.02), (3, 0.02)):
        time.sleep(delay)
        if i == 3:
            fs[i].set_exception(KeyError("k"))
        else:
            fs[i].set_result(i)


fs[1].set_result(1)
threading.Thread(target=finish_later).start()
print([fs.index(f) for f in cf.as_completed(fs[:3])])
# expect: [1, 2, 0]
done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
print(sorted(fs.index(f) for f in done), not_done)
# expect: [0, 1, 2, 3] set()
print(type(cf.wait([])).__name__, cf.wait([]))
# expect: DoneAndNotDoneFutures DoneAndNotDoneFutures(done=set(), not_done=set())

never = cf.Future()
try:
    for f in cf.as_completed([fs[0], never], timeout=0.05):
        print("finished:", f.result())
except cf.TimeoutError as e:
    print(e)
# expect: finished: 0
# expect: 1 (of 2) futures unfinished
done, not_done = cf.wait([fs[0], never], timeout=0.01)
print(len(done), len(not_done))
# expect: 1 1
done, not_done = cf.wait([fs[0], never], return_when=cf.FIRST_COMPLETED)
print(len(done), len(not_done))
# expect: 1 1
