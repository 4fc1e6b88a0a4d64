# repr of gevent's Greenlet: the function and its arguments (reprs cut at 50 characters), the
# name once it has been asked for, and the formatting kept from the first time it was shown.
import gevent

class Job:
    def run(self, n):
        pass
    def __repr__(self):
        return "<Job>"

def work(n, *more, tag=None):
    return n

print(gevent.spawn(work, 5))
print(gevent.spawn(work, "x" * 60, tag="t"))
print(gevent.spawn(Job().run, 1))
print(gevent.spawn(lambda: None))
named = gevent.spawn(work, 1)
print(named.name.startswith("Greenlet-"), repr(named).startswith('<Greenlet "Greenlet-'))
renamed = gevent.spawn(work, 2)
renamed.name = "worker"
print(renamed)
shown = gevent.spawn(work, 3)
print(shown)
unshown = gevent.spawn(work, 4)
gevent.joinall([shown, unshown])
print(shown, unshown)
print(gevent.getcurrent())
print(type(gevent.getcurrent()).__module__, gevent.getcurrent().parent)
print(gevent.get_hub())
print(gevent.Greenlet)
# expect: <Greenlet at 0x7fd6b334afc0: work(5)>
# expect: <Greenlet at 0x7fd6b2e8d300: work('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, tag='t')>
# expect: <Greenlet at 0x7fd6b3348540: <bound method Job.run of <Job>>(1)>
# expect: <Greenlet at 0x7fd6b2f43920: <lambda>>
# expect: True True
# expect: <Greenlet "worker" at 0x7fd6b2f43ba0: work(2)>
# expect: <Greenlet at 0x7fd6b2f43c40: work(3)>
# expect: <Greenlet at 0x7fd6b2f43c40: work(3)> <Greenlet at 0x7fd6b2f43ce0: _run>
# expect: <greenlet.greenlet object at 0x7fd6b343e8c0 (otid=0x7fd6b344fd50) current active started main>
# expect: greenlet None
# expect: <Hub '' at 0x7fd6b33eed90 epoll default pending=0 ref=-1 thread_ident=0x7fd6b366e040>
# expect: <class 'gevent._gevent_cgreenlet.Greenlet'>
