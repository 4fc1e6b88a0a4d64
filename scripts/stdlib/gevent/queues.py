# gevent.queue: get() waits while empty, put() while full; nowait forms raise Empty/Full at
# once, timeouts after the time; StopIteration ends iteration over a queue.
# virtual-time: yes
import gevent
from gevent.queue import Queue, LifoQueue, PriorityQueue, Empty, Full

q = Queue()
print(q, q.maxsize, q.empty(), len(q))

def producer():
    for i in range(3):
        q.put(i)
        print("put", i)
        gevent.sleep(0.1)
    q.put(StopIteration)

def consumer():
    for item in q:
        print("got", item)

gevent.joinall([gevent.spawn(consumer), gevent.spawn(producer)])
small = Queue(2)
small.put("a")
small.put("b")
print(small, small.full(), small.qsize(), small.peek())
for attempt in (lambda: small.put_nowait("c"), lambda: small.put("c", timeout=0.1)):
    try:
        attempt()
    except Full:
        print("Full")
print(small.get(), small.get_nowait())
for attempt in (small.get_nowait, lambda: small.get(timeout=0.1), small.peek_nowait):
    try:
        attempt()
    except Empty:
        print("Empty")
blocked = gevent.spawn(small.put, "late")
small.put("x")
small.put("y")
gevent.sleep(0)
print(small.get(), small.get(), small.get(), blocked.dead)
lifo, prio = LifoQueue(), PriorityQueue()
for x in (3, 1, 2):
    lifo.put(x)
    prio.put((x, "item%d" % x))
print([lifo.get() for _ in range(3)], [prio.get()[1] for _ in range(3)])
print(Queue(items=[1, 2, 3]), Queue(0).maxsize, Empty.__module__, Full.__module__)
# expect: <Queue> None True 0
# expect: put 0
# expect: got 0
# expect: put 1
# expect: got 1
# expect: put 2
# expect: got 2
# expect: <Queue maxsize=2 queue=deque(['a', 'b'])> True 2 a
# expect: Full
# expect: Full
# expect: a b
# expect: Empty
# expect: Empty
# expect: Empty
# expect: x y late True
# expect: [2, 1, 3] ['item1', 'item2', 'item3']
# expect: <Queue queue=deque([1, 2, 3])> None _queue queue
