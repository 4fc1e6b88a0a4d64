# A local's __dict__ is the current greenlet's; a subclass keeps class attributes as defaults,
# its methods and properties, and runs __init__ once per greenlet that uses the object.
import gevent
from gevent.local import local

class Counter(local):
    count = 0
    def __init__(self, start=0):
        self.count = start
        self.inits = getattr(self, "inits", 0) + 1
    def bump(self):
        self.count += 1
        return self.count
    @property
    def doubled(self):
        return self.count * 2

c = Counter(start=10)
print(c.bump(), c.doubled, c.__dict__)

def elsewhere():
    print("elsewhere:", sorted(c.__dict__.items()), c.bump(), c.doubled)
    del c.inits
    try:
        c.inits
    except AttributeError as e:
        print(e)

gevent.spawn(elsewhere).join()
print("main:", c.count, c.inits, c.__dict__.setdefault("extra", []), c.extra)
# expect: 11 22 {'count': 11, 'inits': 1}
# expect: elsewhere: [('count', 10), ('inits', 1)] 11 22
# expect: 'Counter' object has no attribute 'inits'
# expect: main: 11 1 [] []
