# gevent.lock: a Semaphore lets value greenlets in at once, the others wait their turn;
# BoundedSemaphore refuses an extra release; RLock may be taken again by its owner only.
# virtual-time: yes
import gevent
from gevent.lock import Semaphore, BoundedSemaphore, RLock, DummySemaphore

gate = Semaphore(2)

def visit(i):
    with gate:
        print("in", i, "free:", gate.counter)
        gevent.sleep(0.1 * (i + 1))
    print("out", i)

gevent.joinall([gevent.spawn(visit, i) for i in range(4)])
print(gate, gate.counter, gate.locked())
print(gate.acquire(), gate.acquire(), gate.locked(), gate.acquire(blocking=False),
      gate.acquire(timeout=0.1))
print(gate.release(), gate.release(), gate.wait())
once = BoundedSemaphore(1)
try:
    once.release()
except ValueError as e:
    print(e)
try:
    Semaphore(-1)
except ValueError as e:
    print(e)
lock = RLock()
with lock:
    with lock:
        print("taken twice by its owner")

def intruder():
    print("intruder got it:", lock.acquire(timeout=0.1))
    try:
        lock.release()
    except RuntimeError as e:
        print(str(e).split(".")[0])

with lock:
    gevent.spawn(intruder).join()
print(DummySemaphore(), DummySemaphore().acquire(), DummySemaphore().locked())
# expect: in 0 free: 1
# expect: in 1 free: 0
# expect: out 0
# expect: in 2 free: 0
# expect: out 1
# expect: in 3 free: 0
# expect: out 2
# expect: out 3
# expect: <Semaphore at 0x7f1283c7d900 counter=2 _links[0]> 2 False
# expect: True True True False False
# expect: 1 2 2
# expect: Semaphore released too many times
# expect: semaphore initial value must be >= 0
# expect: taken twice by its owner
# expect: intruder got it: False
# expect: cannot release un-acquired lock
# expect: <DummySemaphore> True False
