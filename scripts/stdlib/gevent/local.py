# gevent.local.local: each greenlet sees its own attributes; a subclass's __init__ runs again
# in each greenlet that first uses the object.
import gevent
from gevent.local import local

stash = local()

def first():
    stash.x = 1
    print("first sees x =", stash.x)

def second():
    stash.y = 2
    print("second sees y =", stash.y)
    try:
        stash.x
    except AttributeError:
        print("x is not local to second")

gevent.joinall([gevent.spawn(first), gevent.spawn(second)])

class Settings(local):
    def __init__(self, level):
        print("init with", level)
        self.level = level

s = Settings(1)
s.level = 5
gevent.spawn(lambda: print("a greenlet sees", s.level)).join()
print("main sees", s.level)
# expect: first sees x = 1
# expect: second sees y = 2
# expect: x is not local to second
# expect: init with 1
# expect: init with 1
# expect: a greenlet sees 1
# expect: main sees 5
