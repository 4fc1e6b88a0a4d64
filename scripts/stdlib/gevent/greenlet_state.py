# A Greenlet's state through its life: bool() is true from start() until it finishes; ready()
# and dead once it has; value or exception say how. spawn_later starts it after a delay.
# virtual-time: yes
import gevent
from gevent import Greenlet

def double(x):
    gevent.sleep(0.1)
    return x * 2

def fail():
    raise KeyError("missing")

g = Greenlet(double, 21)
print("created:", bool(g), g.started, g.ready(), g.dead, g.value)
g.start()
print("started:", bool(g), g.ready(), g.dead)
gevent.sleep(0)
print("running:", bool(g), g.ready(), g.dead)
print("result:", g.get(), g.value, g.successful(), g.exception, bool(g), g.dead)
f = gevent.spawn(fail)
f.join()
print("failed:", f.ready(), f.successful(), repr(f.exception), f.value, bool(f))
try:
    f.get()
except KeyError as e:
    print("get raises", repr(e))
later = gevent.spawn_later(0.2, double, 1)
gevent.sleep(0.1)
print("later, before:", bool(later), later.dead)
print("later:", later.get())
try:
    gevent.spawn_later(1)
except TypeError as e:
    print("TypeError", repr(str(e)))
try:
    Greenlet(42)
except TypeError as e:
    print(e)
# stderr: failed with KeyError
# expect: created: False False False False None
# expect: started: True False False
# expect: running: True False False
# expect: result: 42 42 True None False True
# expect: failed: True False KeyError('missing') None False
# expect: get raises KeyError('missing')
# expect: later, before: True False
# expect: later: 2
# expect: TypeError ''
# expect: The run argument or self._run must be callable
