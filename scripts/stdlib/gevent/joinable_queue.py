# JoinableQueue counts unfinished items: workers call task_done(), join() waits until the
# count is back to zero.
# virtual-time: yes
import gevent
from gevent.queue import JoinableQueue

jobs = JoinableQueue()

def worker(name):
    while True:
        item = jobs.get()
        gevent.sleep(0.1 * item)
        print(name, "did", item)
        jobs.task_done()

workers = [gevent.spawn(worker, n) for n in ("w1", "w2")]
for item in (3, 1, 2, 1):
    jobs.put(item)
print("unfinished:", jobs.unfinished_tasks)
jobs.join()
print("all done:", jobs.unfinished_tasks, jobs.join(timeout=1))
try:
    jobs.task_done()
except ValueError as e:
    print(e)
gevent.killall(workers)
# expect: unfinished: 4
# expect: w2 did 1
# expect: w1 did 3
# expect: w2 did 2
# expect: w1 did 1
# expect: all done: 0 True
# expect: task_done() called too many times
