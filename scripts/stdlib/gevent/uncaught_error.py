# A greenlet that dies of an exception has its traceback printed at once, then gevent's line
# "<timestamp> <Greenlet ...> failed with ValueError"; the program goes on, and the exception
# is the greenlet's: exception, get() and joinall(raise_error=True) give it back.
# virtual-time: yes
import gevent

def boom(n):
    gevent.sleep(0.1)
    raise ValueError("bad value %d" % n)

g = gevent.spawn(boom, 1)
g.join()
print("main goes on:", repr(g.exception), g.successful())
try:
    gevent.joinall([gevent.spawn(boom, 2), gevent.spawn(gevent.sleep, 0.5)], raise_error=True)
except ValueError as e:
    print("joinall raised:", e)
# stderr: failed with ValueError
# expect: main goes on: ValueError('bad value 1') False
# expect: joinall raised: bad value 2
