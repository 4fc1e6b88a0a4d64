# A switch between greenlets of one task is a direct hand-over on the same trampoline: the
# scheduler does not run in between (its switch count stays the same), and the stack of a
# suspended greenlet can be deep.
# python: no
import weft
import greenlet as _g
from greenlet import greenlet

def pong():
    while True:
        pinger.switch()

def ping(n):
    for _ in range(n):
        ponger.switch()
    return "pinged %d times" % n

def deep(n):
    return main.switch("bottom") if n == 0 else deep(n - 1)

ponger = greenlet(pong)
pinger = greenlet(ping)
before = weft.switches()
print(pinger.switch(10000))
print("scheduler switches:", weft.switches() - before)
main = _g.getcurrent()
digger = greenlet(deep)
print(digger.switch(900), digger.switch("resumed"))
# expect: pinged 10000 times
# expect: scheduler switches: 0
# expect: bottom resumed
