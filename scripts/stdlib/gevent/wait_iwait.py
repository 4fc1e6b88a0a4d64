# gevent.wait() and iwait() wait for any objects that can be linked (greenlets, events,
# async results): iwait yields each as it becomes ready; wait() with no objects waits until
# nothing is left to run.
# virtual-time: yes
import gevent
from gevent.event import Event, AsyncResult

def nap(n):
    gevent.sleep(0.1 * n)
    return n

naps = [gevent.spawn(nap, n) for n in (3, 1, 2)]
for g in gevent.iwait(naps):
    print("ready:", g.value)
ev, ar = Event(), AsyncResult()
gevent.spawn_later(0.2, ev.set)
gevent.spawn_later(0.1, ar.set, "result")
print([type(o).__name__ for o in gevent.wait([ev, ar])])
more = [gevent.spawn(nap, n) for n in (2, 1, 3)]
print([g.value for g in gevent.wait(more, count=2)])
print([g.value for g in gevent.iwait([gevent.spawn(nap, 5)], timeout=0.1)])
gevent.spawn(nap, 1)
print(gevent.wait(), "nothing left to run")
# expect: ready: 1
# expect: ready: 2
# expect: ready: 3
# expect: ['AsyncResult', 'Event']
# expect: [1, 2]
# expect: []
# expect: True nothing left to run
