# When every greenlet waits and nothing can ever wake one, the main greenlet gets LoopExit
# ("This operation would block forever") where it waits, as gevent's hub raises it.
import gevent
from gevent.event import Event
from gevent.exceptions import LoopExit

never = Event()

def waiter():
    never.wait()

g = gevent.spawn(waiter)
try:
    g.join()
except LoopExit as e:
    print("LoopExit:", e.args[0], e.hub is gevent.get_hub(), g.dead)
try:
    gevent.get_hub().switch()
except LoopExit as e:
    print("again:", e.args[0])
never.wait()  # expect runtime error: []
# expect: LoopExit: This operation would block forever True False
# expect: again: This operation would block forever
