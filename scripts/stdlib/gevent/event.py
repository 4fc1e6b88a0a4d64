# gevent.event.Event: wait() blocks until set(); every waiter wakes, in the order they came;
# wait(timeout) says whether the flag was set in time.
# virtual-time: yes
import gevent
from gevent.event import Event

ready = Event()

def waiter(i):
    print("waiter", i, "waits", ready)
    print("waiter", i, "woke with", ready.wait())

ws = [gevent.spawn(waiter, i) for i in range(3)]
gevent.sleep(0)
print("before set:", ready.is_set(), ready.ready(), ready)
ready.set()
print("after set:", ready.isSet(), ready)
gevent.joinall(ws)
print("already set:", ready.wait())
ready.clear()
print("cleared:", ready.wait(0.1), ready)
seen = []
ready.rawlink(lambda e: seen.append("rawlink saw %s" % e.is_set()))
gevent.spawn_later(0.1, ready.set)
print(ready.wait(1), seen)
# expect: waiter 0 waits <Event clear _links[0]>
# expect: waiter 1 waits <Event clear _links[1]>
# expect: waiter 2 waits <Event clear _links[2]>
# expect: before set: False False <Event clear _links[3]>
# expect: after set: True <Event set _links[3]>
# expect: waiter 0 woke with True
# expect: waiter 1 woke with True
# expect: waiter 2 woke with True
# expect: already set: True
# expect: cleared: False <Event clear _links[0]>
# expect: True ['rawlink saw True']
