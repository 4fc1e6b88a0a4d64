# run is set by the constructor (or a subclass's method) and disappears once the greenlet starts.
from greenlet import greenlet

def hello(name):
    print("hello", name)

g = greenlet(hello)
print(g.run is hello)
g.run = lambda name: print("hi", name)
g.switch("there")
try:
    g.run
except AttributeError as e:
    print("AttributeError:", e)
try:
    g.run = hello
except AttributeError as e:
    print("AttributeError:", e)

class Counter(greenlet):
    def run(self, upto):
        for i in range(upto):
            self.parent.switch(i)
        return "counted"

c = Counter()
print([c.switch(3), c.switch(), c.switch(), c.switch()])
try:
    greenlet().switch()
except AttributeError as e:
    print("no run:", repr(e))
# expect: True
# expect: hi there
# expect: AttributeError: run
# expect: AttributeError: run cannot be set after the start of the greenlet
# expect: [0, 1, 2, 'counted']
# expect: no run: AttributeError('run')
