# Plain greenlets inside gevent greenlets: their parent is the greenlet that made them, and a
# gevent.sleep inside one lets the other gevent greenlets run, then comes back to it.
# virtual-time: yes
import gevent
from greenlet import greenlet, getcurrent

def inner(name):
    print(name, "inner starts, parent is creator:", getcurrent().parent is creators[name])
    gevent.sleep(0.1)
    print(name, "inner wakes")
    return name + " done"

creators = {}

def outer(name):
    creators[name] = getcurrent()
    print(name, "outer gets", greenlet(inner).switch(name))

gevent.joinall([gevent.spawn(outer, "a"), gevent.spawn(outer, "b")])
print(getcurrent().parent, gevent.spawn(getcurrent).get().parent is gevent.get_hub())
# expect: a inner starts, parent is creator: True
# expect: b inner starts, parent is creator: True
# expect: a inner wakes
# expect: a outer gets a done
# expect: b inner wakes
# expect: b outer gets b done
# expect: None True
