# queue between threads: task_done()/join(), timeouts, Full and Empty, the three orders,
# SimpleQueue, and the hooks (_init, _put, _get) a subclass may override.
import queue
import threading
import time

q = queue.Queue()
print(q.queue, queue.LifoQueue().queue, queue.PriorityQueue().queue, q.maxsize)
# expect: deque([]) [] [] 0
print(repr(q.mutex).split(" at ")[0], repr(q.not_empty).split(" object")[0])
# expect: <unlocked _thread.lock object <Condition(<unlocked _thread.lock
done = []


def worker(name):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        done.append((name, item * item))
        q.task_done()


workers = [threading.Thread(target=worker, args=(n,)) for n in "ab"]
for w in workers:
    w.start()
for i in range(6):
    q.put(i)
q.join()
print(sorted(item for _, item in done), q.unfinished_tasks, q.qsize(), q.empty())
# expect: [0, 1, 4, 9, 16, 25] 0 0 True
for _ in workers:
    q.put(None)
for w in workers:
    w.join()
try:
    q.task_done()
except ValueError as e:
    print(e)
# expect: task_done() called too many times

# A bounded queue: put() waits for room; get() for items.
b = queue.Queue(maxsize=2)
order = []


def producer():
    for i in range(4):
        b.put(i)
        order.append(f"put {i}")


p = threading.Thread(target=producer)
p.start()
while len(order) < 2:
    time.sleep(0.01)
p.join(0.05)
print(b.full(), order)
# expect: True ['put 0', 'put 1']
for _ in range(4):
    order.append(f"got {b.get()}")
p.join()
print(order[:2], sorted(order[2:]))
# expect: ['put 0', 'put 1'] ['got 0', 'got 1', 'got 2', 'got 3', 'put 2', 'put 3']


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except (queue.Empty, queue.Full, ValueError) as e:
        return f"{type(e).__name__}({e})"


full = queue.Queue(1)
full.put("x")
print(attempt(full.put, "y", timeout=0.01), attempt(full.put_nowait, "y"),
      attempt(full.put, "y", block=False), attempt(full.put, "y", timeout=-1))
# expect: Full() Full() Full() ValueError('timeout' must be a non-negative number)
print(full.get_nowait(), attempt(full.get, timeout=0.01), attempt(full.get_nowait),
      attempt(full.get, False), attempt(full.get, timeout=-1))
# expect: x Empty() Empty() Empty() ValueError('timeout' must be a non-negative number)

lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for item in [(2, "b"), (1, "a"), (3, "c")]:
    lifo.put(item)
    prio.put(item)
print([lifo.get() for _ in range(3)], [prio.get()[1] for _ in range(3)])
# expect: [(3, 'c'), (1, 'a'), (2, 'b')] ['a', 'b', 'c']

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty(), sq.qsize())
# expect: 1 2 3 True 0
print(attempt(sq.get, timeout=0.01), attempt(sq.get_nowait), attempt(sq.get, timeout=-1))
# expect: Empty() Empty() ValueError('timeout' must be a non-negative number)
print(isinstance(sq, queue.Queue), hasattr(sq, "task_done"), queue.SimpleQueue)
# expect: False False <class '_queue.SimpleQueue'>
got = []
reader = threading.Thread(target=lambda: got.append(sq.get()))
reader.start()
sq.put("handed over")
reader.join()
print(got)
# expect: ['handed over']


class SortedQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)

    def _get(self):
        return self.queue.pop()


s = SortedQueue()
for x in (3, 1, 2):
    s.put(x)
print(list(s.queue), [s.get() for _ in range(3)])
# expect: [3, 2, 1] [1, 2, 3]
print(queue.__all__)
# expect: ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']
