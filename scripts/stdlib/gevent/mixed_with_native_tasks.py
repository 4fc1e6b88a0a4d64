# gevent greenlets, Weft's own spawned tasks and asyncio tasks share the one scheduler: they
# interleave by their sleeps, wait for one another, and pass data through one queue.
# python: no
# virtual-time: yes
import asyncio
import gevent
from gevent.queue import Queue

log = Queue()

def green(name, pause):
    gevent.sleep(pause)
    log.put(name)
    return name

def native(name, pause):
    sleep(pause)
    log.put(name)
    return name

async def coro(name, pause):
    await asyncio.sleep(pause)
    log.put(name)
    return name

g = gevent.spawn(green, "gevent", 0.3)
t = spawn native("native", 0.1)
a = spawn coro("asyncio", 0.2)
print(gevent.joinall([g, t, a]) == [t, a, g])
print([log.get() for _ in range(3)])
print(t.value, a.result(), g.value)

def waits_for_gevent():
    return "native saw " + g.get()

task = spawn waits_for_gevent()
task.join()
print(task.value)
print(gevent.spawn(lambda: t.value + " from gevent").get())
print(type(current()).__name__, gevent.getcurrent().parent is None)
# expect: True
# expect: ['native', 'asyncio', 'gevent']
# expect: native asyncio gevent
# expect: native saw gevent
# expect: native from gevent
# expect: Task True
