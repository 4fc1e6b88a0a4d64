# spawn_raw starts a plain greenlet (no links, no value); idle() waits until no other
# greenlet is ready to run.
# virtual-time: yes
import gevent

def raw(tag):
    print("raw greenlet runs", tag, type(gevent.getcurrent()).__name__ != "Greenlet")

g = gevent.spawn_raw(raw, "x")
print("spawned raw:", g.dead)
gevent.sleep(0)
print("after a switch:", g.dead)

def busy(n):
    for i in range(n):
        print("busy", n, i)
        gevent.sleep(0)

gevent.spawn(busy, 2)
gevent.spawn(busy, 3)
gevent.idle()
print("idle: everyone else is waiting")
try:
    gevent.spawn_raw(42)
except TypeError as e:
    print(e)
# expect: spawned raw: False
# expect: raw greenlet runs x True
# expect: after a switch: True
# expect: busy 2 0
# expect: busy 3 0
# expect: busy 2 1
# expect: busy 3 1
# expect: busy 3 2
# expect: idle: everyone else is waiting
# expect: function must be callable
