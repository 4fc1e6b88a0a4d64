# link() callbacks run when the greenlet finishes (each in a greenlet of its own);
# link_value only after success, link_exception only after failure; rawlink in the hub.
# virtual-time: yes
import gevent

def ok():
    gevent.sleep(0.1)
    return "fine"

def broken():
    gevent.sleep(0.1)
    raise RuntimeError("broken")

def report(kind):
    return lambda g: print(kind, "for", g.value if g.successful() else repr(g.exception))

good = gevent.spawn(ok)
bad = gevent.spawn(broken)
for g in (good, bad):
    g.link(report("link"))
    g.link_value(report("link_value"))
    g.link_exception(report("link_exception"))
    g.rawlink(report("rawlink"))
removed = report("removed")
good.rawlink(removed)
good.unlink(removed)
gevent.joinall([good, bad])
gevent.sleep(0)
late = gevent.spawn(ok)
late.join()
late.link(report("linked after the end"))
gevent.sleep(0)
print("end")
# stderr: failed with RuntimeError
# expect: link for fine
# expect: link_value for fine
# expect: rawlink for fine
# expect: link for RuntimeError('broken')
# expect: link_exception for RuntimeError('broken')
# expect: rawlink for RuntimeError('broken')
# expect: linked after the end for fine
# expect: end
