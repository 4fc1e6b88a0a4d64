# kill() raises GreenletExit (or the exception given) where the greenlet waits; GreenletExit
# counts as success and becomes its value. A greenlet killed before it ran never runs.
# virtual-time: yes
import gevent
from gevent import GreenletExit

def sleeper(name):
    try:
        print(name, "sleeps")
        gevent.sleep(10)
        print(name, "never wakes")
    except GreenletExit:
        print(name, "got GreenletExit")
        raise
    finally:
        print(name, "cleans up")

g = gevent.spawn(sleeper, "one")
gevent.sleep(0)
g.kill()
print("killed:", g.dead, repr(g.value), g.successful())

class Stop(Exception):
    pass

g = gevent.spawn(sleeper, "two")
gevent.sleep(0)
g.kill(Stop("enough"), block=False)
print("not yet:", g.dead)
g.join()
print("now:", g.dead, repr(g.exception), g.successful())

never = gevent.spawn(sleeper, "three")
never.kill()
print("unstarted:", never.dead, repr(never.value))

gs = [gevent.spawn(sleeper, name) for name in ("four", "five")]
gevent.sleep(0)
gevent.killall(gs)
print("killall:", [g.dead for g in gs])

def stubborn():
    try:
        gevent.sleep(10)
    except GreenletExit:
        print("stubborn finishes its work first")
        gevent.sleep(0.1)
    return "done anyway"

s = gevent.spawn(stubborn)
gevent.sleep(0)
s.kill()
print(s.dead, s.value)
w = gevent.spawn(sleeper, "six")
gevent.sleep(0)
gevent.kill(w)
print("gevent.kill does not wait:", w.dead)
w.join()
print(w.dead)
# stderr: failed with Stop
# expect: one sleeps
# expect: one got GreenletExit
# expect: one cleans up
# expect: killed: True GreenletExit() True
# expect: two sleeps
# expect: not yet: False
# expect: two cleans up
# expect: now: True Stop('enough') False
# expect: unstarted: True GreenletExit()
# expect: four sleeps
# expect: five sleeps
# expect: four got GreenletExit
# expect: four cleans up
# expect: five got GreenletExit
# expect: five cleans up
# expect: killall: [True, True]
# expect: stubborn finishes its work first
# expect: True done anyway
# expect: six sleeps
# expect: gevent.kill does not wait: False
# expect: six got GreenletExit
# expect: six cleans up
# expect: True
