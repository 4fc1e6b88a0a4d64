# Timeout raises in the greenlet that started it when the time is up: itself (its message
# says how long), the exception it was given, or nothing with False (a silent timeout).
# virtual-time: yes
import gevent
from gevent import Timeout

print(str(Timeout(1)), "|", str(Timeout(2.5)), "|", str(Timeout(1, False)), "|",
      str(Timeout(3, "custom")), "|", repr(str(Timeout())))
t = Timeout(0.1)
print(t.pending)
t.start()
print(t.pending)
try:
    gevent.sleep(1)
except Timeout as e:
    print("timed out:", e is t, e, t.pending)
try:
    with Timeout(0.1, KeyError):
        gevent.sleep(1)
except KeyError as e:
    print("KeyError instead:", repr(e))
with Timeout(0.1, False):
    gevent.sleep(1)
    print("not printed")
print("silent timeout passed")
t = Timeout.start_new(0.1)
t.cancel()
gevent.sleep(0.2)
print("cancelled in time")
try:
    t = Timeout(0.5)
    t.start()
    t.start()
except AssertionError as e:
    print("AssertionError:", str(e).split(" is already")[1])
finally:
    t.cancel()
print(gevent.with_timeout(0.1, gevent.sleep, 1, timeout_value="too slow"))
print(gevent.with_timeout(1, lambda: "quick enough"))
try:
    gevent.with_timeout(0.1, gevent.sleep, 1)
except Timeout as e:
    print("with_timeout:", e)
g = gevent.spawn(gevent.sleep, 1)
g.join(timeout=0.1)
print("join timed out:", g.dead)
try:
    g.get(timeout=0.1)
except Timeout as e:
    print("get timed out:", e)
# expect: 1 second | 2.5 seconds | 1 second (silent) | 3 seconds: custom | ''
# expect: False
# expect: True
# expect: timed out: True 0.1 seconds False
# expect: KeyError instead: KeyError()
# expect: silent timeout passed
# expect: cancelled in time
# expect: AssertionError:  started; to restart it, cancel it first
# expect: too slow
# expect: quick enough
# expect: with_timeout: 0.1 seconds
# expect: join timed out: False
# expect: get timed out: 0.1 seconds
