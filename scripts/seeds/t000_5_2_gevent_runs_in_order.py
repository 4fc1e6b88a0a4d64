# Tutorial 000, section 5.2 (using gevent); behaviour S4: three greenlets that never wait run
# one after another, in spawn order, once the main greenlet joins the first.
# Unchanged. The tutorial's output shows addresses such as 0x10e49f550; any address matches.
import gevent

def f(n):
    for i in range(n):
        print(gevent.getcurrent(), i)

g1 = gevent.spawn(f, 5)
g2 = gevent.spawn(f, 5)
g3 = gevent.spawn(f, 5)
g1.join()
g2.join()
g3.join()
